from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getactivitytypes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleaseinfo import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getlocationlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentledger import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsitelist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsubscriptions import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunits import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertactivity import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertfollowup import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_postsinglecharge import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_prospectsearch import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_transactioncodes import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_unitlist import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateprospect import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateservicerequest import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )


T = TypeVar("T", bound="V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific")


@_attrs_define
class V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecific:
    """
    Attributes:
        addresidentactivitylog (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog
            | Unset):
        addservicerequest (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset):
        getactivitytypes (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset):
        getagentsappointmenttimes
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset):
        getfloorplanlist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset):
        getleaseinfo (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset):
        getleasingagentsbyproperty
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset):
        getlocationlist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset):
        getmarketingsourcesbyproperty
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset):
        getpicklistprospect (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect |
            Unset):
        getprospectsurveylist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist |
            Unset):
        getresidentactivitytypes
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset):
        getresidentconvergent (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent |
            Unset):
        getresidentledger (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset):
        getresidentlistinfo (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo |
            Unset):
        getresidentsactivitylogbydaterange
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset):
        getscheduledappointments
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset):
        getserviceissuelist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist |
            Unset):
        getservicerequest (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset):
        getsitelist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset):
        getsubscriptions (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset):
        getunitlist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset):
        getunits (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits | Unset):
        getunitsbyproperty (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty |
            Unset):
        getwoprioritylist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset):
        getworkordersurveylist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist
            | Unset):
        insertactivity (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity | Unset):
        insertfollowup (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset):
        insertprospect (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect | Unset):
        postsinglecharge (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset):
        prospectsearch (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch | Unset):
        transactioncodes (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset):
        unitlist (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset):
        updateprospect (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset):
        updateservicerequest (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest |
            Unset):
        updatesitesubscriptionstatus
            (V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset):
    """

    addresidentactivitylog: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
    ) = UNSET
    addservicerequest: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset = (
        UNSET
    )
    getactivitytypes: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset = UNSET
    getagentsappointmenttimes: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset
    ) = UNSET
    getfloorplanlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset = UNSET
    getleaseinfo: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset = UNSET
    getleasingagentsbyproperty: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset
    ) = UNSET
    getlocationlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset = UNSET
    getmarketingsourcesbyproperty: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset
    ) = UNSET
    getpicklistprospect: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset
    ) = UNSET
    getprospectsurveylist: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
    ) = UNSET
    getresidentactivitytypes: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset
    ) = UNSET
    getresidentconvergent: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
    ) = UNSET
    getresidentledger: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset = (
        UNSET
    )
    getresidentlistinfo: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset
    ) = UNSET
    getresidentsactivitylogbydaterange: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset
    ) = UNSET
    getscheduledappointments: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset
    ) = UNSET
    getserviceissuelist: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset
    ) = UNSET
    getservicerequest: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset = (
        UNSET
    )
    getsitelist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset = UNSET
    getsubscriptions: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset = UNSET
    getunitlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset = UNSET
    getunits: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits | Unset = UNSET
    getunitsbyproperty: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset = (
        UNSET
    )
    getwoprioritylist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset = (
        UNSET
    )
    getworkordersurveylist: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
    ) = UNSET
    insertactivity: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity | Unset = UNSET
    insertfollowup: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset = UNSET
    insertprospect: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect | Unset = UNSET
    postsinglecharge: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset = UNSET
    prospectsearch: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch | Unset = UNSET
    transactioncodes: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset = UNSET
    unitlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset = UNSET
    updateprospect: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset = UNSET
    updateservicerequest: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset
    ) = UNSET
    updatesitesubscriptionstatus: (
        V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset
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
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addresidentactivitylog import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_addservicerequest import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getactivitytypes import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getfloorplanlist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleaseinfo import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getlocationlist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getpicklistprospect import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getprospectsurveylist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentconvergent import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentledger import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentlistinfo import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getscheduledappointments import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getserviceissuelist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getservicerequest import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsitelist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getsubscriptions import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitlist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunits import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getunitsbyproperty import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getwoprioritylist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_getworkordersurveylist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertactivity import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertfollowup import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_insertprospect import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_postsinglecharge import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_prospectsearch import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_transactioncodes import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_unitlist import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateprospect import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updateservicerequest import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest,  # noqa: PLC0415
        )
        from ..models.v1_admin_integrations_post_input_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _addresidentactivitylog = d.pop("addresidentactivitylog", UNSET)
        addresidentactivitylog: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
        )
        if isinstance(_addresidentactivitylog, Unset):
            addresidentactivitylog = UNSET
        else:
            addresidentactivitylog = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddresidentactivitylog.from_dict(
                    _addresidentactivitylog
                )
            )

        _addservicerequest = d.pop("addservicerequest", UNSET)
        addservicerequest: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset
        if isinstance(_addservicerequest, Unset):
            addservicerequest = UNSET
        else:
            addservicerequest = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificAddservicerequest.from_dict(
                    _addservicerequest
                )
            )

        _getactivitytypes = d.pop("getactivitytypes", UNSET)
        getactivitytypes: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset
        if isinstance(_getactivitytypes, Unset):
            getactivitytypes = UNSET
        else:
            getactivitytypes = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetactivitytypes.from_dict(
                    _getactivitytypes
                )
            )

        _getagentsappointmenttimes = d.pop("getagentsappointmenttimes", UNSET)
        getagentsappointmenttimes: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset
        )
        if isinstance(_getagentsappointmenttimes, Unset):
            getagentsappointmenttimes = UNSET
        else:
            getagentsappointmenttimes = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes.from_dict(
                    _getagentsappointmenttimes
                )
            )

        _getfloorplanlist = d.pop("getfloorplanlist", UNSET)
        getfloorplanlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset
        if isinstance(_getfloorplanlist, Unset):
            getfloorplanlist = UNSET
        else:
            getfloorplanlist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetfloorplanlist.from_dict(
                    _getfloorplanlist
                )
            )

        _getleaseinfo = d.pop("getleaseinfo", UNSET)
        getleaseinfo: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset
        if isinstance(_getleaseinfo, Unset):
            getleaseinfo = UNSET
        else:
            getleaseinfo = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleaseinfo.from_dict(
                _getleaseinfo
            )

        _getleasingagentsbyproperty = d.pop("getleasingagentsbyproperty", UNSET)
        getleasingagentsbyproperty: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset
        )
        if isinstance(_getleasingagentsbyproperty, Unset):
            getleasingagentsbyproperty = UNSET
        else:
            getleasingagentsbyproperty = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty.from_dict(
                    _getleasingagentsbyproperty
                )
            )

        _getlocationlist = d.pop("getlocationlist", UNSET)
        getlocationlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset
        if isinstance(_getlocationlist, Unset):
            getlocationlist = UNSET
        else:
            getlocationlist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetlocationlist.from_dict(
                    _getlocationlist
                )
            )

        _getmarketingsourcesbyproperty = d.pop("getmarketingsourcesbyproperty", UNSET)
        getmarketingsourcesbyproperty: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset
        )
        if isinstance(_getmarketingsourcesbyproperty, Unset):
            getmarketingsourcesbyproperty = UNSET
        else:
            getmarketingsourcesbyproperty = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty.from_dict(
                _getmarketingsourcesbyproperty
            )

        _getpicklistprospect = d.pop("getpicklistprospect", UNSET)
        getpicklistprospect: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset
        )
        if isinstance(_getpicklistprospect, Unset):
            getpicklistprospect = UNSET
        else:
            getpicklistprospect = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetpicklistprospect.from_dict(
                    _getpicklistprospect
                )
            )

        _getprospectsurveylist = d.pop("getprospectsurveylist", UNSET)
        getprospectsurveylist: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
        )
        if isinstance(_getprospectsurveylist, Unset):
            getprospectsurveylist = UNSET
        else:
            getprospectsurveylist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetprospectsurveylist.from_dict(
                    _getprospectsurveylist
                )
            )

        _getresidentactivitytypes = d.pop("getresidentactivitytypes", UNSET)
        getresidentactivitytypes: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset
        )
        if isinstance(_getresidentactivitytypes, Unset):
            getresidentactivitytypes = UNSET
        else:
            getresidentactivitytypes = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes.from_dict(
                    _getresidentactivitytypes
                )
            )

        _getresidentconvergent = d.pop("getresidentconvergent", UNSET)
        getresidentconvergent: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
        )
        if isinstance(_getresidentconvergent, Unset):
            getresidentconvergent = UNSET
        else:
            getresidentconvergent = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentconvergent.from_dict(
                    _getresidentconvergent
                )
            )

        _getresidentledger = d.pop("getresidentledger", UNSET)
        getresidentledger: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset
        if isinstance(_getresidentledger, Unset):
            getresidentledger = UNSET
        else:
            getresidentledger = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentledger.from_dict(
                    _getresidentledger
                )
            )

        _getresidentlistinfo = d.pop("getresidentlistinfo", UNSET)
        getresidentlistinfo: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset
        )
        if isinstance(_getresidentlistinfo, Unset):
            getresidentlistinfo = UNSET
        else:
            getresidentlistinfo = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentlistinfo.from_dict(
                    _getresidentlistinfo
                )
            )

        _getresidentsactivitylogbydaterange = d.pop("getresidentsactivitylogbydaterange", UNSET)
        getresidentsactivitylogbydaterange: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset
        )
        if isinstance(_getresidentsactivitylogbydaterange, Unset):
            getresidentsactivitylogbydaterange = UNSET
        else:
            getresidentsactivitylogbydaterange = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange.from_dict(
                _getresidentsactivitylogbydaterange
            )

        _getscheduledappointments = d.pop("getscheduledappointments", UNSET)
        getscheduledappointments: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset
        )
        if isinstance(_getscheduledappointments, Unset):
            getscheduledappointments = UNSET
        else:
            getscheduledappointments = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetscheduledappointments.from_dict(
                    _getscheduledappointments
                )
            )

        _getserviceissuelist = d.pop("getserviceissuelist", UNSET)
        getserviceissuelist: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset
        )
        if isinstance(_getserviceissuelist, Unset):
            getserviceissuelist = UNSET
        else:
            getserviceissuelist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetserviceissuelist.from_dict(
                    _getserviceissuelist
                )
            )

        _getservicerequest = d.pop("getservicerequest", UNSET)
        getservicerequest: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset
        if isinstance(_getservicerequest, Unset):
            getservicerequest = UNSET
        else:
            getservicerequest = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetservicerequest.from_dict(
                    _getservicerequest
                )
            )

        _getsitelist = d.pop("getsitelist", UNSET)
        getsitelist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist | Unset
        if isinstance(_getsitelist, Unset):
            getsitelist = UNSET
        else:
            getsitelist = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsitelist.from_dict(
                _getsitelist
            )

        _getsubscriptions = d.pop("getsubscriptions", UNSET)
        getsubscriptions: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset
        if isinstance(_getsubscriptions, Unset):
            getsubscriptions = UNSET
        else:
            getsubscriptions = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetsubscriptions.from_dict(
                    _getsubscriptions
                )
            )

        _getunitlist = d.pop("getunitlist", UNSET)
        getunitlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist | Unset
        if isinstance(_getunitlist, Unset):
            getunitlist = UNSET
        else:
            getunitlist = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitlist.from_dict(
                _getunitlist
            )

        _getunits = d.pop("getunits", UNSET)
        getunits: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits | Unset
        if isinstance(_getunits, Unset):
            getunits = UNSET
        else:
            getunits = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunits.from_dict(_getunits)

        _getunitsbyproperty = d.pop("getunitsbyproperty", UNSET)
        getunitsbyproperty: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset
        if isinstance(_getunitsbyproperty, Unset):
            getunitsbyproperty = UNSET
        else:
            getunitsbyproperty = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetunitsbyproperty.from_dict(
                    _getunitsbyproperty
                )
            )

        _getwoprioritylist = d.pop("getwoprioritylist", UNSET)
        getwoprioritylist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset
        if isinstance(_getwoprioritylist, Unset):
            getwoprioritylist = UNSET
        else:
            getwoprioritylist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetwoprioritylist.from_dict(
                    _getwoprioritylist
                )
            )

        _getworkordersurveylist = d.pop("getworkordersurveylist", UNSET)
        getworkordersurveylist: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
        )
        if isinstance(_getworkordersurveylist, Unset):
            getworkordersurveylist = UNSET
        else:
            getworkordersurveylist = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificGetworkordersurveylist.from_dict(
                    _getworkordersurveylist
                )
            )

        _insertactivity = d.pop("insertactivity", UNSET)
        insertactivity: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity | Unset
        if isinstance(_insertactivity, Unset):
            insertactivity = UNSET
        else:
            insertactivity = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertactivity.from_dict(
                _insertactivity
            )

        _insertfollowup = d.pop("insertfollowup", UNSET)
        insertfollowup: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset
        if isinstance(_insertfollowup, Unset):
            insertfollowup = UNSET
        else:
            insertfollowup = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertfollowup.from_dict(
                _insertfollowup
            )

        _insertprospect = d.pop("insertprospect", UNSET)
        insertprospect: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect | Unset
        if isinstance(_insertprospect, Unset):
            insertprospect = UNSET
        else:
            insertprospect = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificInsertprospect.from_dict(
                _insertprospect
            )

        _postsinglecharge = d.pop("postsinglecharge", UNSET)
        postsinglecharge: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset
        if isinstance(_postsinglecharge, Unset):
            postsinglecharge = UNSET
        else:
            postsinglecharge = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificPostsinglecharge.from_dict(
                    _postsinglecharge
                )
            )

        _prospectsearch = d.pop("prospectsearch", UNSET)
        prospectsearch: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch | Unset
        if isinstance(_prospectsearch, Unset):
            prospectsearch = UNSET
        else:
            prospectsearch = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificProspectsearch.from_dict(
                _prospectsearch
            )

        _transactioncodes = d.pop("transactioncodes", UNSET)
        transactioncodes: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset
        if isinstance(_transactioncodes, Unset):
            transactioncodes = UNSET
        else:
            transactioncodes = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificTransactioncodes.from_dict(
                    _transactioncodes
                )
            )

        _unitlist = d.pop("unitlist", UNSET)
        unitlist: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist | Unset
        if isinstance(_unitlist, Unset):
            unitlist = UNSET
        else:
            unitlist = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUnitlist.from_dict(_unitlist)

        _updateprospect = d.pop("updateprospect", UNSET)
        updateprospect: V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset
        if isinstance(_updateprospect, Unset):
            updateprospect = UNSET
        else:
            updateprospect = V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateprospect.from_dict(
                _updateprospect
            )

        _updateservicerequest = d.pop("updateservicerequest", UNSET)
        updateservicerequest: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset
        )
        if isinstance(_updateservicerequest, Unset):
            updateservicerequest = UNSET
        else:
            updateservicerequest = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdateservicerequest.from_dict(
                    _updateservicerequest
                )
            )

        _updatesitesubscriptionstatus = d.pop("updatesitesubscriptionstatus", UNSET)
        updatesitesubscriptionstatus: (
            V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset
        )
        if isinstance(_updatesitesubscriptionstatus, Unset):
            updatesitesubscriptionstatus = UNSET
        else:
            updatesitesubscriptionstatus = (
                V1AdminIntegrationsPostInputRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus.from_dict(
                    _updatesitesubscriptionstatus
                )
            )

        v1_admin_integrations_post_input_realpage_partner_exchange_method_specific = cls(
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

        v1_admin_integrations_post_input_realpage_partner_exchange_method_specific.additional_properties = d
        return v1_admin_integrations_post_input_realpage_partner_exchange_method_specific

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
