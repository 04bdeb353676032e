from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_addservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getactivitytypes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getleaseinfo import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getlocationlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentledger import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getsitelist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getsubscriptions import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunitlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunits import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertactivity import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertfollowup import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_postsinglecharge import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_prospectsearch import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_transactioncodes import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_unitlist import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_updateprospect import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_updateservicerequest import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest,
    )
    from ..models.create_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,
    )


T = TypeVar("T", bound="CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific")


@_attrs_define
class CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific:
    """
    Attributes:
        addresidentactivitylog (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog |
            Unset):
        addservicerequest (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset):
        getactivitytypes (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset):
        getagentsappointmenttimes
            (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset):
        getfloorplanlist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset):
        getleaseinfo (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset):
        getleasingagentsbyproperty
            (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset):
        getlocationlist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset):
        getmarketingsourcesbyproperty
            (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset):
        getpicklistprospect (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset):
        getprospectsurveylist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist |
            Unset):
        getresidentactivitytypes (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes
            | Unset):
        getresidentconvergent (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent |
            Unset):
        getresidentledger (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset):
        getresidentlistinfo (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset):
        getresidentsactivitylogbydaterange
            (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset):
        getscheduledappointments (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments
            | Unset):
        getserviceissuelist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset):
        getservicerequest (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset):
        getsitelist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist | Unset):
        getsubscriptions (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset):
        getunitlist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist | Unset):
        getunits (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits | Unset):
        getunitsbyproperty (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset):
        getwoprioritylist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset):
        getworkordersurveylist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist |
            Unset):
        insertactivity (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity | Unset):
        insertfollowup (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset):
        insertprospect (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect | Unset):
        postsinglecharge (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset):
        prospectsearch (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch | Unset):
        transactioncodes (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset):
        unitlist (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist | Unset):
        updateprospect (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset):
        updateservicerequest (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest |
            Unset):
        updatesitesubscriptionstatus
            (CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset):
    """

    addresidentactivitylog: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
    ) = UNSET
    addservicerequest: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset = UNSET
    getactivitytypes: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset = UNSET
    getagentsappointmenttimes: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset
    ) = UNSET
    getfloorplanlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset = UNSET
    getleaseinfo: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset = UNSET
    getleasingagentsbyproperty: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset
    ) = UNSET
    getlocationlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset = UNSET
    getmarketingsourcesbyproperty: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset
    ) = UNSET
    getpicklistprospect: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset = (
        UNSET
    )
    getprospectsurveylist: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
    ) = UNSET
    getresidentactivitytypes: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset
    ) = UNSET
    getresidentconvergent: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
    ) = UNSET
    getresidentledger: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset = UNSET
    getresidentlistinfo: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset = (
        UNSET
    )
    getresidentsactivitylogbydaterange: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset
    ) = UNSET
    getscheduledappointments: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset
    ) = UNSET
    getserviceissuelist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset = (
        UNSET
    )
    getservicerequest: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset = UNSET
    getsitelist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist | Unset = UNSET
    getsubscriptions: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset = UNSET
    getunitlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist | Unset = UNSET
    getunits: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits | Unset = UNSET
    getunitsbyproperty: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset = UNSET
    getwoprioritylist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset = UNSET
    getworkordersurveylist: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
    ) = UNSET
    insertactivity: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity | Unset = UNSET
    insertfollowup: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset = UNSET
    insertprospect: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect | Unset = UNSET
    postsinglecharge: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset = UNSET
    prospectsearch: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch | Unset = UNSET
    transactioncodes: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset = UNSET
    unitlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist | Unset = UNSET
    updateprospect: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset = UNSET
    updateservicerequest: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset = (
        UNSET
    )
    updatesitesubscriptionstatus: (
        CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset
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
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_addresidentactivitylog import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_addservicerequest import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getactivitytypes import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getagentsappointmenttimes import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getfloorplanlist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getleaseinfo import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getleasingagentsbyproperty import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getlocationlist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getmarketingsourcesbyproperty import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getpicklistprospect import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getprospectsurveylist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentactivitytypes import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentconvergent import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentledger import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentlistinfo import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getresidentsactivitylogbydaterange import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getscheduledappointments import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getserviceissuelist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getservicerequest import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getsitelist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getsubscriptions import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunitlist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunits import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getunitsbyproperty import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getwoprioritylist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_getworkordersurveylist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertactivity import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertfollowup import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_insertprospect import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_postsinglecharge import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_prospectsearch import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_transactioncodes import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_unitlist import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_updateprospect import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_updateservicerequest import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest,  # noqa: PLC0415
        )
        from ..models.create_integration_request_realpage_partner_exchange_method_specific_updatesitesubscriptionstatus import (
            CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _field = ""
        try:
            _field = "addresidentactivitylog"
            _addresidentactivitylog = d.pop("addresidentactivitylog", UNSET)
            addresidentactivitylog: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog | Unset
            )
            if isinstance(_addresidentactivitylog, Unset):
                addresidentactivitylog = UNSET
            else:
                addresidentactivitylog = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddresidentactivitylog.from_dict(
                        _addresidentactivitylog
                    )
                )

            _field = "addservicerequest"
            _addservicerequest = d.pop("addservicerequest", UNSET)
            addservicerequest: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest | Unset
            if isinstance(_addservicerequest, Unset):
                addservicerequest = UNSET
            else:
                addservicerequest = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificAddservicerequest.from_dict(
                        _addservicerequest
                    )
                )

            _field = "getactivitytypes"
            _getactivitytypes = d.pop("getactivitytypes", UNSET)
            getactivitytypes: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes | Unset
            if isinstance(_getactivitytypes, Unset):
                getactivitytypes = UNSET
            else:
                getactivitytypes = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetactivitytypes.from_dict(
                        _getactivitytypes
                    )
                )

            _field = "getagentsappointmenttimes"
            _getagentsappointmenttimes = d.pop("getagentsappointmenttimes", UNSET)
            getagentsappointmenttimes: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes | Unset
            )
            if isinstance(_getagentsappointmenttimes, Unset):
                getagentsappointmenttimes = UNSET
            else:
                getagentsappointmenttimes = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetagentsappointmenttimes.from_dict(
                        _getagentsappointmenttimes
                    )
                )

            _field = "getfloorplanlist"
            _getfloorplanlist = d.pop("getfloorplanlist", UNSET)
            getfloorplanlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist | Unset
            if isinstance(_getfloorplanlist, Unset):
                getfloorplanlist = UNSET
            else:
                getfloorplanlist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetfloorplanlist.from_dict(
                        _getfloorplanlist
                    )
                )

            _field = "getleaseinfo"
            _getleaseinfo = d.pop("getleaseinfo", UNSET)
            getleaseinfo: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo | Unset
            if isinstance(_getleaseinfo, Unset):
                getleaseinfo = UNSET
            else:
                getleaseinfo = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleaseinfo.from_dict(
                    _getleaseinfo
                )

            _field = "getleasingagentsbyproperty"
            _getleasingagentsbyproperty = d.pop("getleasingagentsbyproperty", UNSET)
            getleasingagentsbyproperty: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty | Unset
            )
            if isinstance(_getleasingagentsbyproperty, Unset):
                getleasingagentsbyproperty = UNSET
            else:
                getleasingagentsbyproperty = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetleasingagentsbyproperty.from_dict(
                        _getleasingagentsbyproperty
                    )
                )

            _field = "getlocationlist"
            _getlocationlist = d.pop("getlocationlist", UNSET)
            getlocationlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist | Unset
            if isinstance(_getlocationlist, Unset):
                getlocationlist = UNSET
            else:
                getlocationlist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetlocationlist.from_dict(
                        _getlocationlist
                    )
                )

            _field = "getmarketingsourcesbyproperty"
            _getmarketingsourcesbyproperty = d.pop("getmarketingsourcesbyproperty", UNSET)
            getmarketingsourcesbyproperty: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty | Unset
            )
            if isinstance(_getmarketingsourcesbyproperty, Unset):
                getmarketingsourcesbyproperty = UNSET
            else:
                getmarketingsourcesbyproperty = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetmarketingsourcesbyproperty.from_dict(
                    _getmarketingsourcesbyproperty
                )

            _field = "getpicklistprospect"
            _getpicklistprospect = d.pop("getpicklistprospect", UNSET)
            getpicklistprospect: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect | Unset
            )
            if isinstance(_getpicklistprospect, Unset):
                getpicklistprospect = UNSET
            else:
                getpicklistprospect = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetpicklistprospect.from_dict(
                        _getpicklistprospect
                    )
                )

            _field = "getprospectsurveylist"
            _getprospectsurveylist = d.pop("getprospectsurveylist", UNSET)
            getprospectsurveylist: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist | Unset
            )
            if isinstance(_getprospectsurveylist, Unset):
                getprospectsurveylist = UNSET
            else:
                getprospectsurveylist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetprospectsurveylist.from_dict(
                        _getprospectsurveylist
                    )
                )

            _field = "getresidentactivitytypes"
            _getresidentactivitytypes = d.pop("getresidentactivitytypes", UNSET)
            getresidentactivitytypes: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes | Unset
            )
            if isinstance(_getresidentactivitytypes, Unset):
                getresidentactivitytypes = UNSET
            else:
                getresidentactivitytypes = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentactivitytypes.from_dict(
                        _getresidentactivitytypes
                    )
                )

            _field = "getresidentconvergent"
            _getresidentconvergent = d.pop("getresidentconvergent", UNSET)
            getresidentconvergent: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent | Unset
            )
            if isinstance(_getresidentconvergent, Unset):
                getresidentconvergent = UNSET
            else:
                getresidentconvergent = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentconvergent.from_dict(
                        _getresidentconvergent
                    )
                )

            _field = "getresidentledger"
            _getresidentledger = d.pop("getresidentledger", UNSET)
            getresidentledger: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger | Unset
            if isinstance(_getresidentledger, Unset):
                getresidentledger = UNSET
            else:
                getresidentledger = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentledger.from_dict(
                        _getresidentledger
                    )
                )

            _field = "getresidentlistinfo"
            _getresidentlistinfo = d.pop("getresidentlistinfo", UNSET)
            getresidentlistinfo: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo | Unset
            )
            if isinstance(_getresidentlistinfo, Unset):
                getresidentlistinfo = UNSET
            else:
                getresidentlistinfo = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentlistinfo.from_dict(
                        _getresidentlistinfo
                    )
                )

            _field = "getresidentsactivitylogbydaterange"
            _getresidentsactivitylogbydaterange = d.pop("getresidentsactivitylogbydaterange", UNSET)
            getresidentsactivitylogbydaterange: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange | Unset
            )
            if isinstance(_getresidentsactivitylogbydaterange, Unset):
                getresidentsactivitylogbydaterange = UNSET
            else:
                getresidentsactivitylogbydaterange = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetresidentsactivitylogbydaterange.from_dict(
                    _getresidentsactivitylogbydaterange
                )

            _field = "getscheduledappointments"
            _getscheduledappointments = d.pop("getscheduledappointments", UNSET)
            getscheduledappointments: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments | Unset
            )
            if isinstance(_getscheduledappointments, Unset):
                getscheduledappointments = UNSET
            else:
                getscheduledappointments = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetscheduledappointments.from_dict(
                        _getscheduledappointments
                    )
                )

            _field = "getserviceissuelist"
            _getserviceissuelist = d.pop("getserviceissuelist", UNSET)
            getserviceissuelist: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist | Unset
            )
            if isinstance(_getserviceissuelist, Unset):
                getserviceissuelist = UNSET
            else:
                getserviceissuelist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetserviceissuelist.from_dict(
                        _getserviceissuelist
                    )
                )

            _field = "getservicerequest"
            _getservicerequest = d.pop("getservicerequest", UNSET)
            getservicerequest: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest | Unset
            if isinstance(_getservicerequest, Unset):
                getservicerequest = UNSET
            else:
                getservicerequest = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetservicerequest.from_dict(
                        _getservicerequest
                    )
                )

            _field = "getsitelist"
            _getsitelist = d.pop("getsitelist", UNSET)
            getsitelist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist | Unset
            if isinstance(_getsitelist, Unset):
                getsitelist = UNSET
            else:
                getsitelist = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsitelist.from_dict(
                    _getsitelist
                )

            _field = "getsubscriptions"
            _getsubscriptions = d.pop("getsubscriptions", UNSET)
            getsubscriptions: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions | Unset
            if isinstance(_getsubscriptions, Unset):
                getsubscriptions = UNSET
            else:
                getsubscriptions = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetsubscriptions.from_dict(
                        _getsubscriptions
                    )
                )

            _field = "getunitlist"
            _getunitlist = d.pop("getunitlist", UNSET)
            getunitlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist | Unset
            if isinstance(_getunitlist, Unset):
                getunitlist = UNSET
            else:
                getunitlist = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitlist.from_dict(
                    _getunitlist
                )

            _field = "getunits"
            _getunits = d.pop("getunits", UNSET)
            getunits: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits | Unset
            if isinstance(_getunits, Unset):
                getunits = UNSET
            else:
                getunits = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunits.from_dict(_getunits)

            _field = "getunitsbyproperty"
            _getunitsbyproperty = d.pop("getunitsbyproperty", UNSET)
            getunitsbyproperty: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty | Unset
            if isinstance(_getunitsbyproperty, Unset):
                getunitsbyproperty = UNSET
            else:
                getunitsbyproperty = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetunitsbyproperty.from_dict(
                        _getunitsbyproperty
                    )
                )

            _field = "getwoprioritylist"
            _getwoprioritylist = d.pop("getwoprioritylist", UNSET)
            getwoprioritylist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist | Unset
            if isinstance(_getwoprioritylist, Unset):
                getwoprioritylist = UNSET
            else:
                getwoprioritylist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetwoprioritylist.from_dict(
                        _getwoprioritylist
                    )
                )

            _field = "getworkordersurveylist"
            _getworkordersurveylist = d.pop("getworkordersurveylist", UNSET)
            getworkordersurveylist: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist | Unset
            )
            if isinstance(_getworkordersurveylist, Unset):
                getworkordersurveylist = UNSET
            else:
                getworkordersurveylist = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificGetworkordersurveylist.from_dict(
                        _getworkordersurveylist
                    )
                )

            _field = "insertactivity"
            _insertactivity = d.pop("insertactivity", UNSET)
            insertactivity: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity | Unset
            if isinstance(_insertactivity, Unset):
                insertactivity = UNSET
            else:
                insertactivity = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertactivity.from_dict(
                    _insertactivity
                )

            _field = "insertfollowup"
            _insertfollowup = d.pop("insertfollowup", UNSET)
            insertfollowup: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup | Unset
            if isinstance(_insertfollowup, Unset):
                insertfollowup = UNSET
            else:
                insertfollowup = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertfollowup.from_dict(
                    _insertfollowup
                )

            _field = "insertprospect"
            _insertprospect = d.pop("insertprospect", UNSET)
            insertprospect: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect | Unset
            if isinstance(_insertprospect, Unset):
                insertprospect = UNSET
            else:
                insertprospect = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificInsertprospect.from_dict(
                    _insertprospect
                )

            _field = "postsinglecharge"
            _postsinglecharge = d.pop("postsinglecharge", UNSET)
            postsinglecharge: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge | Unset
            if isinstance(_postsinglecharge, Unset):
                postsinglecharge = UNSET
            else:
                postsinglecharge = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificPostsinglecharge.from_dict(
                        _postsinglecharge
                    )
                )

            _field = "prospectsearch"
            _prospectsearch = d.pop("prospectsearch", UNSET)
            prospectsearch: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch | Unset
            if isinstance(_prospectsearch, Unset):
                prospectsearch = UNSET
            else:
                prospectsearch = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificProspectsearch.from_dict(
                    _prospectsearch
                )

            _field = "transactioncodes"
            _transactioncodes = d.pop("transactioncodes", UNSET)
            transactioncodes: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes | Unset
            if isinstance(_transactioncodes, Unset):
                transactioncodes = UNSET
            else:
                transactioncodes = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificTransactioncodes.from_dict(
                        _transactioncodes
                    )
                )

            _field = "unitlist"
            _unitlist = d.pop("unitlist", UNSET)
            unitlist: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist | Unset
            if isinstance(_unitlist, Unset):
                unitlist = UNSET
            else:
                unitlist = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUnitlist.from_dict(_unitlist)

            _field = "updateprospect"
            _updateprospect = d.pop("updateprospect", UNSET)
            updateprospect: CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect | Unset
            if isinstance(_updateprospect, Unset):
                updateprospect = UNSET
            else:
                updateprospect = CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateprospect.from_dict(
                    _updateprospect
                )

            _field = "updateservicerequest"
            _updateservicerequest = d.pop("updateservicerequest", UNSET)
            updateservicerequest: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest | Unset
            )
            if isinstance(_updateservicerequest, Unset):
                updateservicerequest = UNSET
            else:
                updateservicerequest = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdateservicerequest.from_dict(
                        _updateservicerequest
                    )
                )

            _field = "updatesitesubscriptionstatus"
            _updatesitesubscriptionstatus = d.pop("updatesitesubscriptionstatus", UNSET)
            updatesitesubscriptionstatus: (
                CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus | Unset
            )
            if isinstance(_updatesitesubscriptionstatus, Unset):
                updatesitesubscriptionstatus = UNSET
            else:
                updatesitesubscriptionstatus = (
                    CreateIntegrationRequestRealpagePartnerExchangeMethodSpecificUpdatesitesubscriptionstatus.from_dict(
                        _updatesitesubscriptionstatus
                    )
                )

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(
                _failure, "CreateIntegrationRequestRealpagePartnerExchangeMethodSpecific", _field
            ) from _failure
        _instance = cls(
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

        _instance.additional_properties = d
        return _instance

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
