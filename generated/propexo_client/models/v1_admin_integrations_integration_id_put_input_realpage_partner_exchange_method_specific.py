from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getactivitytypes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleaseinfo import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getlocationlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentledger import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsitelist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsubscriptions import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunits import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertactivity import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertfollowup import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_postsinglecharge import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_prospectsearch import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_transactioncodes import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_unitlist import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateprospect import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateservicerequest import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )


T = TypeVar("T", bound="V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific")


@_attrs_define
class V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecific:
    """
    Attributes:
        addresidentactivitylog
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset):
        addservicerequest
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset):
        getactivitytypes (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes
            | Unset):
        getagentsappointmenttimes
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes |
            Unset):
        getfloorplanlist (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist
            | Unset):
        getleaseinfo (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo |
            Unset):
        getleasingagentsbyproperty
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty |
            Unset):
        getlocationlist (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist |
            Unset):
        getmarketingsourcesbyproperty
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty |
            Unset):
        getpicklistprospect
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset):
        getprospectsurveylist
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset):
        getresidentactivitytypes
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset):
        getresidentconvergent
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset):
        getresidentledger
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset):
        getresidentlistinfo
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset):
        getresidentsactivitylogbydaterange
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange
            | Unset):
        getscheduledappointments
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset):
        getserviceissuelist
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset):
        getservicerequest
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset):
        getsitelist (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset):
        getsubscriptions (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions
            | Unset):
        getunitlist (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset):
        getunits (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits | Unset):
        getunitsbyproperty
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset):
        getwoprioritylist
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset):
        getworkordersurveylist
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset):
        insertactivity (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity |
            Unset):
        insertfollowup (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup |
            Unset):
        insertprospect (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect |
            Unset):
        postsinglecharge (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge
            | Unset):
        prospectsearch (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch |
            Unset):
        transactioncodes (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes
            | Unset):
        unitlist (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset):
        updateprospect (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect |
            Unset):
        updateservicerequest
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset):
        updatesitesubscriptionstatus
            (V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus |
            Unset):
    """

    addresidentactivitylog: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
    ) = UNSET
    addservicerequest: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset
    ) = UNSET
    getactivitytypes: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset
    ) = UNSET
    getagentsappointmenttimes: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset
    ) = UNSET
    getfloorplanlist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset
    ) = UNSET
    getleaseinfo: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset = (
        UNSET
    )
    getleasingagentsbyproperty: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset
    ) = UNSET
    getlocationlist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset
    ) = UNSET
    getmarketingsourcesbyproperty: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty
        | Unset
    ) = UNSET
    getpicklistprospect: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset
    ) = UNSET
    getprospectsurveylist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
    ) = UNSET
    getresidentactivitytypes: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset
    ) = UNSET
    getresidentconvergent: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
    ) = UNSET
    getresidentledger: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset
    ) = UNSET
    getresidentlistinfo: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset
    ) = UNSET
    getresidentsactivitylogbydaterange: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange
        | Unset
    ) = UNSET
    getscheduledappointments: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset
    ) = UNSET
    getserviceissuelist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset
    ) = UNSET
    getservicerequest: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset
    ) = UNSET
    getsitelist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset = (
        UNSET
    )
    getsubscriptions: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset
    ) = UNSET
    getunitlist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset = (
        UNSET
    )
    getunits: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits | Unset = UNSET
    getunitsbyproperty: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset
    ) = UNSET
    getwoprioritylist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset
    ) = UNSET
    getworkordersurveylist: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
    ) = UNSET
    insertactivity: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity | Unset
    ) = UNSET
    insertfollowup: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset
    ) = UNSET
    insertprospect: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect | Unset
    ) = UNSET
    postsinglecharge: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset
    ) = UNSET
    prospectsearch: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch | Unset
    ) = UNSET
    transactioncodes: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset
    ) = UNSET
    unitlist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset = UNSET
    updateprospect: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset
    ) = UNSET
    updateservicerequest: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset
    ) = UNSET
    updatesitesubscriptionstatus: (
        V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresidentactivitylog: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addresidentactivitylog, Unset):
            addresidentactivitylog = self.addresidentactivitylog.to_dict()

        addservicerequest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addservicerequest, Unset):
            addservicerequest = self.addservicerequest.to_dict()

        getactivitytypes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getactivitytypes, Unset):
            getactivitytypes = self.getactivitytypes.to_dict()

        getagentsappointmenttimes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getagentsappointmenttimes, Unset):
            getagentsappointmenttimes = self.getagentsappointmenttimes.to_dict()

        getfloorplanlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getfloorplanlist, Unset):
            getfloorplanlist = self.getfloorplanlist.to_dict()

        getleaseinfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getleaseinfo, Unset):
            getleaseinfo = self.getleaseinfo.to_dict()

        getleasingagentsbyproperty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getleasingagentsbyproperty, Unset):
            getleasingagentsbyproperty = self.getleasingagentsbyproperty.to_dict()

        getlocationlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getlocationlist, Unset):
            getlocationlist = self.getlocationlist.to_dict()

        getmarketingsourcesbyproperty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getmarketingsourcesbyproperty, Unset):
            getmarketingsourcesbyproperty = self.getmarketingsourcesbyproperty.to_dict()

        getpicklistprospect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getpicklistprospect, Unset):
            getpicklistprospect = self.getpicklistprospect.to_dict()

        getprospectsurveylist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getprospectsurveylist, Unset):
            getprospectsurveylist = self.getprospectsurveylist.to_dict()

        getresidentactivitytypes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getresidentactivitytypes, Unset):
            getresidentactivitytypes = self.getresidentactivitytypes.to_dict()

        getresidentconvergent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getresidentconvergent, Unset):
            getresidentconvergent = self.getresidentconvergent.to_dict()

        getresidentledger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getresidentledger, Unset):
            getresidentledger = self.getresidentledger.to_dict()

        getresidentlistinfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getresidentlistinfo, Unset):
            getresidentlistinfo = self.getresidentlistinfo.to_dict()

        getresidentsactivitylogbydaterange: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getresidentsactivitylogbydaterange, Unset):
            getresidentsactivitylogbydaterange = self.getresidentsactivitylogbydaterange.to_dict()

        getscheduledappointments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getscheduledappointments, Unset):
            getscheduledappointments = self.getscheduledappointments.to_dict()

        getserviceissuelist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getserviceissuelist, Unset):
            getserviceissuelist = self.getserviceissuelist.to_dict()

        getservicerequest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getservicerequest, Unset):
            getservicerequest = self.getservicerequest.to_dict()

        getsitelist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getsitelist, Unset):
            getsitelist = self.getsitelist.to_dict()

        getsubscriptions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getsubscriptions, Unset):
            getsubscriptions = self.getsubscriptions.to_dict()

        getunitlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getunitlist, Unset):
            getunitlist = self.getunitlist.to_dict()

        getunits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getunits, Unset):
            getunits = self.getunits.to_dict()

        getunitsbyproperty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getunitsbyproperty, Unset):
            getunitsbyproperty = self.getunitsbyproperty.to_dict()

        getwoprioritylist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getwoprioritylist, Unset):
            getwoprioritylist = self.getwoprioritylist.to_dict()

        getworkordersurveylist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.getworkordersurveylist, Unset):
            getworkordersurveylist = self.getworkordersurveylist.to_dict()

        insertactivity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insertactivity, Unset):
            insertactivity = self.insertactivity.to_dict()

        insertfollowup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insertfollowup, Unset):
            insertfollowup = self.insertfollowup.to_dict()

        insertprospect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.insertprospect, Unset):
            insertprospect = self.insertprospect.to_dict()

        postsinglecharge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postsinglecharge, Unset):
            postsinglecharge = self.postsinglecharge.to_dict()

        prospectsearch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prospectsearch, Unset):
            prospectsearch = self.prospectsearch.to_dict()

        transactioncodes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transactioncodes, Unset):
            transactioncodes = self.transactioncodes.to_dict()

        unitlist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unitlist, Unset):
            unitlist = self.unitlist.to_dict()

        updateprospect: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updateprospect, Unset):
            updateprospect = self.updateprospect.to_dict()

        updateservicerequest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updateservicerequest, Unset):
            updateservicerequest = self.updateservicerequest.to_dict()

        updatesitesubscriptionstatus: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updatesitesubscriptionstatus, Unset):
            updatesitesubscriptionstatus = self.updatesitesubscriptionstatus.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addresidentactivitylog is not UNSET:
            field_dict["addresidentactivitylog"] = addresidentactivitylog
        if addservicerequest is not UNSET:
            field_dict["addservicerequest"] = addservicerequest
        if getactivitytypes is not UNSET:
            field_dict["getactivitytypes"] = getactivitytypes
        if getagentsappointmenttimes is not UNSET:
            field_dict["getagentsappointmenttimes"] = getagentsappointmenttimes
        if getfloorplanlist is not UNSET:
            field_dict["getfloorplanlist"] = getfloorplanlist
        if getleaseinfo is not UNSET:
            field_dict["getleaseinfo"] = getleaseinfo
        if getleasingagentsbyproperty is not UNSET:
            field_dict["getleasingagentsbyproperty"] = getleasingagentsbyproperty
        if getlocationlist is not UNSET:
            field_dict["getlocationlist"] = getlocationlist
        if getmarketingsourcesbyproperty is not UNSET:
            field_dict["getmarketingsourcesbyproperty"] = getmarketingsourcesbyproperty
        if getpicklistprospect is not UNSET:
            field_dict["getpicklistprospect"] = getpicklistprospect
        if getprospectsurveylist is not UNSET:
            field_dict["getprospectsurveylist"] = getprospectsurveylist
        if getresidentactivitytypes is not UNSET:
            field_dict["getresidentactivitytypes"] = getresidentactivitytypes
        if getresidentconvergent is not UNSET:
            field_dict["getresidentconvergent"] = getresidentconvergent
        if getresidentledger is not UNSET:
            field_dict["getresidentledger"] = getresidentledger
        if getresidentlistinfo is not UNSET:
            field_dict["getresidentlistinfo"] = getresidentlistinfo
        if getresidentsactivitylogbydaterange is not UNSET:
            field_dict["getresidentsactivitylogbydaterange"] = getresidentsactivitylogbydaterange
        if getscheduledappointments is not UNSET:
            field_dict["getscheduledappointments"] = getscheduledappointments
        if getserviceissuelist is not UNSET:
            field_dict["getserviceissuelist"] = getserviceissuelist
        if getservicerequest is not UNSET:
            field_dict["getservicerequest"] = getservicerequest
        if getsitelist is not UNSET:
            field_dict["getsitelist"] = getsitelist
        if getsubscriptions is not UNSET:
            field_dict["getsubscriptions"] = getsubscriptions
        if getunitlist is not UNSET:
            field_dict["getunitlist"] = getunitlist
        if getunits is not UNSET:
            field_dict["getunits"] = getunits
        if getunitsbyproperty is not UNSET:
            field_dict["getunitsbyproperty"] = getunitsbyproperty
        if getwoprioritylist is not UNSET:
            field_dict["getwoprioritylist"] = getwoprioritylist
        if getworkordersurveylist is not UNSET:
            field_dict["getworkordersurveylist"] = getworkordersurveylist
        if insertactivity is not UNSET:
            field_dict["insertactivity"] = insertactivity
        if insertfollowup is not UNSET:
            field_dict["insertfollowup"] = insertfollowup
        if insertprospect is not UNSET:
            field_dict["insertprospect"] = insertprospect
        if postsinglecharge is not UNSET:
            field_dict["postsinglecharge"] = postsinglecharge
        if prospectsearch is not UNSET:
            field_dict["prospectsearch"] = prospectsearch
        if transactioncodes is not UNSET:
            field_dict["transactioncodes"] = transactioncodes
        if unitlist is not UNSET:
            field_dict["unitlist"] = unitlist
        if updateprospect is not UNSET:
            field_dict["updateprospect"] = updateprospect
        if updateservicerequest is not UNSET:
            field_dict["updateservicerequest"] = updateservicerequest
        if updatesitesubscriptionstatus is not UNSET:
            field_dict["updatesitesubscriptionstatus"] = updatesitesubscriptionstatus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_addservicerequest import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getactivitytypes import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleaseinfo import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getlocationlist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentledger import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getservicerequest import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsitelist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getsubscriptions import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitlist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunits import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertactivity import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertfollowup import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_insertprospect import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_postsinglecharge import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_prospectsearch import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_transactioncodes import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_unitlist import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateprospect import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updateservicerequest import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _addresidentactivitylog = d.pop("addresidentactivitylog", UNSET)
        addresidentactivitylog: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
        )
        if isinstance(_addresidentactivitylog, Unset):
            addresidentactivitylog = UNSET
        else:
            addresidentactivitylog = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog.from_dict(
                _addresidentactivitylog
            )

        _addservicerequest = d.pop("addservicerequest", UNSET)
        addservicerequest: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset
        )
        if isinstance(_addservicerequest, Unset):
            addservicerequest = UNSET
        else:
            addservicerequest = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificAddservicerequest.from_dict(
                _addservicerequest
            )

        _getactivitytypes = d.pop("getactivitytypes", UNSET)
        getactivitytypes: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset
        )
        if isinstance(_getactivitytypes, Unset):
            getactivitytypes = UNSET
        else:
            getactivitytypes = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetactivitytypes.from_dict(
                    _getactivitytypes
                )
            )

        _getagentsappointmenttimes = d.pop("getagentsappointmenttimes", UNSET)
        getagentsappointmenttimes: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes
            | Unset
        )
        if isinstance(_getagentsappointmenttimes, Unset):
            getagentsappointmenttimes = UNSET
        else:
            getagentsappointmenttimes = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes.from_dict(
                _getagentsappointmenttimes
            )

        _getfloorplanlist = d.pop("getfloorplanlist", UNSET)
        getfloorplanlist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset
        )
        if isinstance(_getfloorplanlist, Unset):
            getfloorplanlist = UNSET
        else:
            getfloorplanlist = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist.from_dict(
                    _getfloorplanlist
                )
            )

        _getleaseinfo = d.pop("getleaseinfo", UNSET)
        getleaseinfo: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset
        if isinstance(_getleaseinfo, Unset):
            getleaseinfo = UNSET
        else:
            getleaseinfo = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleaseinfo.from_dict(
                    _getleaseinfo
                )
            )

        _getleasingagentsbyproperty = d.pop("getleasingagentsbyproperty", UNSET)
        getleasingagentsbyproperty: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty
            | Unset
        )
        if isinstance(_getleasingagentsbyproperty, Unset):
            getleasingagentsbyproperty = UNSET
        else:
            getleasingagentsbyproperty = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty.from_dict(
                _getleasingagentsbyproperty
            )

        _getlocationlist = d.pop("getlocationlist", UNSET)
        getlocationlist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset
        )
        if isinstance(_getlocationlist, Unset):
            getlocationlist = UNSET
        else:
            getlocationlist = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetlocationlist.from_dict(
                    _getlocationlist
                )
            )

        _getmarketingsourcesbyproperty = d.pop("getmarketingsourcesbyproperty", UNSET)
        getmarketingsourcesbyproperty: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty
            | Unset
        )
        if isinstance(_getmarketingsourcesbyproperty, Unset):
            getmarketingsourcesbyproperty = UNSET
        else:
            getmarketingsourcesbyproperty = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty.from_dict(
                _getmarketingsourcesbyproperty
            )

        _getpicklistprospect = d.pop("getpicklistprospect", UNSET)
        getpicklistprospect: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset
        )
        if isinstance(_getpicklistprospect, Unset):
            getpicklistprospect = UNSET
        else:
            getpicklistprospect = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect.from_dict(
                _getpicklistprospect
            )

        _getprospectsurveylist = d.pop("getprospectsurveylist", UNSET)
        getprospectsurveylist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
        )
        if isinstance(_getprospectsurveylist, Unset):
            getprospectsurveylist = UNSET
        else:
            getprospectsurveylist = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist.from_dict(
                _getprospectsurveylist
            )

        _getresidentactivitytypes = d.pop("getresidentactivitytypes", UNSET)
        getresidentactivitytypes: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes
            | Unset
        )
        if isinstance(_getresidentactivitytypes, Unset):
            getresidentactivitytypes = UNSET
        else:
            getresidentactivitytypes = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes.from_dict(
                _getresidentactivitytypes
            )

        _getresidentconvergent = d.pop("getresidentconvergent", UNSET)
        getresidentconvergent: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
        )
        if isinstance(_getresidentconvergent, Unset):
            getresidentconvergent = UNSET
        else:
            getresidentconvergent = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent.from_dict(
                _getresidentconvergent
            )

        _getresidentledger = d.pop("getresidentledger", UNSET)
        getresidentledger: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset
        )
        if isinstance(_getresidentledger, Unset):
            getresidentledger = UNSET
        else:
            getresidentledger = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentledger.from_dict(
                _getresidentledger
            )

        _getresidentlistinfo = d.pop("getresidentlistinfo", UNSET)
        getresidentlistinfo: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset
        )
        if isinstance(_getresidentlistinfo, Unset):
            getresidentlistinfo = UNSET
        else:
            getresidentlistinfo = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo.from_dict(
                _getresidentlistinfo
            )

        _getresidentsactivitylogbydaterange = d.pop("getresidentsactivitylogbydaterange", UNSET)
        getresidentsactivitylogbydaterange: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange
            | Unset
        )
        if isinstance(_getresidentsactivitylogbydaterange, Unset):
            getresidentsactivitylogbydaterange = UNSET
        else:
            getresidentsactivitylogbydaterange = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange.from_dict(
                _getresidentsactivitylogbydaterange
            )

        _getscheduledappointments = d.pop("getscheduledappointments", UNSET)
        getscheduledappointments: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments
            | Unset
        )
        if isinstance(_getscheduledappointments, Unset):
            getscheduledappointments = UNSET
        else:
            getscheduledappointments = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments.from_dict(
                _getscheduledappointments
            )

        _getserviceissuelist = d.pop("getserviceissuelist", UNSET)
        getserviceissuelist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset
        )
        if isinstance(_getserviceissuelist, Unset):
            getserviceissuelist = UNSET
        else:
            getserviceissuelist = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist.from_dict(
                _getserviceissuelist
            )

        _getservicerequest = d.pop("getservicerequest", UNSET)
        getservicerequest: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset
        )
        if isinstance(_getservicerequest, Unset):
            getservicerequest = UNSET
        else:
            getservicerequest = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetservicerequest.from_dict(
                _getservicerequest
            )

        _getsitelist = d.pop("getsitelist", UNSET)
        getsitelist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset
        if isinstance(_getsitelist, Unset):
            getsitelist = UNSET
        else:
            getsitelist = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsitelist.from_dict(
                    _getsitelist
                )
            )

        _getsubscriptions = d.pop("getsubscriptions", UNSET)
        getsubscriptions: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset
        )
        if isinstance(_getsubscriptions, Unset):
            getsubscriptions = UNSET
        else:
            getsubscriptions = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetsubscriptions.from_dict(
                    _getsubscriptions
                )
            )

        _getunitlist = d.pop("getunitlist", UNSET)
        getunitlist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset
        if isinstance(_getunitlist, Unset):
            getunitlist = UNSET
        else:
            getunitlist = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitlist.from_dict(
                    _getunitlist
                )
            )

        _getunits = d.pop("getunits", UNSET)
        getunits: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits | Unset
        if isinstance(_getunits, Unset):
            getunits = UNSET
        else:
            getunits = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunits.from_dict(
                _getunits
            )

        _getunitsbyproperty = d.pop("getunitsbyproperty", UNSET)
        getunitsbyproperty: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset
        )
        if isinstance(_getunitsbyproperty, Unset):
            getunitsbyproperty = UNSET
        else:
            getunitsbyproperty = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty.from_dict(
                _getunitsbyproperty
            )

        _getwoprioritylist = d.pop("getwoprioritylist", UNSET)
        getwoprioritylist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset
        )
        if isinstance(_getwoprioritylist, Unset):
            getwoprioritylist = UNSET
        else:
            getwoprioritylist = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist.from_dict(
                _getwoprioritylist
            )

        _getworkordersurveylist = d.pop("getworkordersurveylist", UNSET)
        getworkordersurveylist: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
        )
        if isinstance(_getworkordersurveylist, Unset):
            getworkordersurveylist = UNSET
        else:
            getworkordersurveylist = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist.from_dict(
                _getworkordersurveylist
            )

        _insertactivity = d.pop("insertactivity", UNSET)
        insertactivity: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity | Unset
        )
        if isinstance(_insertactivity, Unset):
            insertactivity = UNSET
        else:
            insertactivity = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertactivity.from_dict(
                    _insertactivity
                )
            )

        _insertfollowup = d.pop("insertfollowup", UNSET)
        insertfollowup: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset
        )
        if isinstance(_insertfollowup, Unset):
            insertfollowup = UNSET
        else:
            insertfollowup = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertfollowup.from_dict(
                    _insertfollowup
                )
            )

        _insertprospect = d.pop("insertprospect", UNSET)
        insertprospect: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect | Unset
        )
        if isinstance(_insertprospect, Unset):
            insertprospect = UNSET
        else:
            insertprospect = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificInsertprospect.from_dict(
                    _insertprospect
                )
            )

        _postsinglecharge = d.pop("postsinglecharge", UNSET)
        postsinglecharge: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset
        )
        if isinstance(_postsinglecharge, Unset):
            postsinglecharge = UNSET
        else:
            postsinglecharge = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificPostsinglecharge.from_dict(
                    _postsinglecharge
                )
            )

        _prospectsearch = d.pop("prospectsearch", UNSET)
        prospectsearch: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch | Unset
        )
        if isinstance(_prospectsearch, Unset):
            prospectsearch = UNSET
        else:
            prospectsearch = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificProspectsearch.from_dict(
                    _prospectsearch
                )
            )

        _transactioncodes = d.pop("transactioncodes", UNSET)
        transactioncodes: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset
        )
        if isinstance(_transactioncodes, Unset):
            transactioncodes = UNSET
        else:
            transactioncodes = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificTransactioncodes.from_dict(
                    _transactioncodes
                )
            )

        _unitlist = d.pop("unitlist", UNSET)
        unitlist: V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset
        if isinstance(_unitlist, Unset):
            unitlist = UNSET
        else:
            unitlist = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUnitlist.from_dict(
                _unitlist
            )

        _updateprospect = d.pop("updateprospect", UNSET)
        updateprospect: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset
        )
        if isinstance(_updateprospect, Unset):
            updateprospect = UNSET
        else:
            updateprospect = (
                V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateprospect.from_dict(
                    _updateprospect
                )
            )

        _updateservicerequest = d.pop("updateservicerequest", UNSET)
        updateservicerequest: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset
        )
        if isinstance(_updateservicerequest, Unset):
            updateservicerequest = UNSET
        else:
            updateservicerequest = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest.from_dict(
                _updateservicerequest
            )

        _updatesitesubscriptionstatus = d.pop("updatesitesubscriptionstatus", UNSET)
        updatesitesubscriptionstatus: (
            V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus
            | Unset
        )
        if isinstance(_updatesitesubscriptionstatus, Unset):
            updatesitesubscriptionstatus = UNSET
        else:
            updatesitesubscriptionstatus = V1AdminIntegrationsIntegrationIdPutInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus.from_dict(
                _updatesitesubscriptionstatus
            )

        v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific = cls(
            addresidentactivitylog=addresidentactivitylog,
            addservicerequest=addservicerequest,
            getactivitytypes=getactivitytypes,
            getagentsappointmenttimes=getagentsappointmenttimes,
            getfloorplanlist=getfloorplanlist,
            getleaseinfo=getleaseinfo,
            getleasingagentsbyproperty=getleasingagentsbyproperty,
            getlocationlist=getlocationlist,
            getmarketingsourcesbyproperty=getmarketingsourcesbyproperty,
            getpicklistprospect=getpicklistprospect,
            getprospectsurveylist=getprospectsurveylist,
            getresidentactivitytypes=getresidentactivitytypes,
            getresidentconvergent=getresidentconvergent,
            getresidentledger=getresidentledger,
            getresidentlistinfo=getresidentlistinfo,
            getresidentsactivitylogbydaterange=getresidentsactivitylogbydaterange,
            getscheduledappointments=getscheduledappointments,
            getserviceissuelist=getserviceissuelist,
            getservicerequest=getservicerequest,
            getsitelist=getsitelist,
            getsubscriptions=getsubscriptions,
            getunitlist=getunitlist,
            getunits=getunits,
            getunitsbyproperty=getunitsbyproperty,
            getwoprioritylist=getwoprioritylist,
            getworkordersurveylist=getworkordersurveylist,
            insertactivity=insertactivity,
            insertfollowup=insertfollowup,
            insertprospect=insertprospect,
            postsinglecharge=postsinglecharge,
            prospectsearch=prospectsearch,
            transactioncodes=transactioncodes,
            unitlist=unitlist,
            updateprospect=updateprospect,
            updateservicerequest=updateservicerequest,
            updatesitesubscriptionstatus=updatesitesubscriptionstatus,
        )

        v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific.additional_properties = d
        return v1_admin_integrations_integration_id_put_input_realpage_partner_exchange_method_specific

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
