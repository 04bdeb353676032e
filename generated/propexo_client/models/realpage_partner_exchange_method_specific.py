from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, field_error
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.method_specific_value import MethodSpecificValue


T = TypeVar("T", bound="RealpagePartnerExchangeMethodSpecific")


@_attrs_define
class RealpagePartnerExchangeMethodSpecific:
    """
    Attributes:
        addresidentactivitylog (MethodSpecificValue | Unset):
        addservicerequest (MethodSpecificValue | Unset):
        getactivitytypes (MethodSpecificValue | Unset):
        getagentsappointmenttimes (MethodSpecificValue | Unset):
        getfloorplanlist (MethodSpecificValue | Unset):
        getleaseinfo (MethodSpecificValue | Unset):
        getleasingagentsbyproperty (MethodSpecificValue | Unset):
        getlocationlist (MethodSpecificValue | Unset):
        getmarketingsourcesbyproperty (MethodSpecificValue | Unset):
        getpicklistprospect (MethodSpecificValue | Unset):
        getprospectsurveylist (MethodSpecificValue | Unset):
        getresidentactivitytypes (MethodSpecificValue | Unset):
        getresidentconvergent (MethodSpecificValue | Unset):
        getresidentledger (MethodSpecificValue | Unset):
        getresidentlistinfo (MethodSpecificValue | Unset):
        getresidentsactivitylogbydaterange (MethodSpecificValue | Unset):
        getscheduledappointments (MethodSpecificValue | Unset):
        getserviceissuelist (MethodSpecificValue | Unset):
        getservicerequest (MethodSpecificValue | Unset):
        getsitelist (MethodSpecificValue | Unset):
        getsubscriptions (MethodSpecificValue | Unset):
        getunitlist (MethodSpecificValue | Unset):
        getunits (MethodSpecificValue | Unset):
        getunitsbyproperty (MethodSpecificValue | Unset):
        getwoprioritylist (MethodSpecificValue | Unset):
        getworkordersurveylist (MethodSpecificValue | Unset):
        insertactivity (MethodSpecificValue | Unset):
        insertfollowup (MethodSpecificValue | Unset):
        insertprospect (MethodSpecificValue | Unset):
        postsinglecharge (MethodSpecificValue | Unset):
        prospectsearch (MethodSpecificValue | Unset):
        transactioncodes (MethodSpecificValue | Unset):
        unitlist (MethodSpecificValue | Unset):
        updateprospect (MethodSpecificValue | Unset):
        updateservicerequest (MethodSpecificValue | Unset):
        updatesitesubscriptionstatus (MethodSpecificValue | Unset):
    """

    addresidentactivitylog: MethodSpecificValue | Unset = UNSET
    addservicerequest: MethodSpecificValue | Unset = UNSET
    getactivitytypes: MethodSpecificValue | Unset = UNSET
    getagentsappointmenttimes: MethodSpecificValue | Unset = UNSET
    getfloorplanlist: MethodSpecificValue | Unset = UNSET
    getleaseinfo: MethodSpecificValue | Unset = UNSET
    getleasingagentsbyproperty: MethodSpecificValue | Unset = UNSET
    getlocationlist: MethodSpecificValue | Unset = UNSET
    getmarketingsourcesbyproperty: MethodSpecificValue | Unset = UNSET
    getpicklistprospect: MethodSpecificValue | Unset = UNSET
    getprospectsurveylist: MethodSpecificValue | Unset = UNSET
    getresidentactivitytypes: MethodSpecificValue | Unset = UNSET
    getresidentconvergent: MethodSpecificValue | Unset = UNSET
    getresidentledger: MethodSpecificValue | Unset = UNSET
    getresidentlistinfo: MethodSpecificValue | Unset = UNSET
    getresidentsactivitylogbydaterange: MethodSpecificValue | Unset = UNSET
    getscheduledappointments: MethodSpecificValue | Unset = UNSET
    getserviceissuelist: MethodSpecificValue | Unset = UNSET
    getservicerequest: MethodSpecificValue | Unset = UNSET
    getsitelist: MethodSpecificValue | Unset = UNSET
    getsubscriptions: MethodSpecificValue | Unset = UNSET
    getunitlist: MethodSpecificValue | Unset = UNSET
    getunits: MethodSpecificValue | Unset = UNSET
    getunitsbyproperty: MethodSpecificValue | Unset = UNSET
    getwoprioritylist: MethodSpecificValue | Unset = UNSET
    getworkordersurveylist: MethodSpecificValue | Unset = UNSET
    insertactivity: MethodSpecificValue | Unset = UNSET
    insertfollowup: MethodSpecificValue | Unset = UNSET
    insertprospect: MethodSpecificValue | Unset = UNSET
    postsinglecharge: MethodSpecificValue | Unset = UNSET
    prospectsearch: MethodSpecificValue | Unset = UNSET
    transactioncodes: MethodSpecificValue | Unset = UNSET
    unitlist: MethodSpecificValue | Unset = UNSET
    updateprospect: MethodSpecificValue | Unset = UNSET
    updateservicerequest: MethodSpecificValue | Unset = UNSET
    updatesitesubscriptionstatus: MethodSpecificValue | Unset = UNSET
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
        from ..models.method_specific_value import MethodSpecificValue  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "addresidentactivitylog"
            _addresidentactivitylog = d.pop("addresidentactivitylog", UNSET)
            addresidentactivitylog: MethodSpecificValue | Unset
            if isinstance(_addresidentactivitylog, Unset):
                addresidentactivitylog = UNSET
            else:
                addresidentactivitylog = MethodSpecificValue.from_dict(_addresidentactivitylog)

            _field = "addservicerequest"
            _addservicerequest = d.pop("addservicerequest", UNSET)
            addservicerequest: MethodSpecificValue | Unset
            if isinstance(_addservicerequest, Unset):
                addservicerequest = UNSET
            else:
                addservicerequest = MethodSpecificValue.from_dict(_addservicerequest)

            _field = "getactivitytypes"
            _getactivitytypes = d.pop("getactivitytypes", UNSET)
            getactivitytypes: MethodSpecificValue | Unset
            if isinstance(_getactivitytypes, Unset):
                getactivitytypes = UNSET
            else:
                getactivitytypes = MethodSpecificValue.from_dict(_getactivitytypes)

            _field = "getagentsappointmenttimes"
            _getagentsappointmenttimes = d.pop("getagentsappointmenttimes", UNSET)
            getagentsappointmenttimes: MethodSpecificValue | Unset
            if isinstance(_getagentsappointmenttimes, Unset):
                getagentsappointmenttimes = UNSET
            else:
                getagentsappointmenttimes = MethodSpecificValue.from_dict(_getagentsappointmenttimes)

            _field = "getfloorplanlist"
            _getfloorplanlist = d.pop("getfloorplanlist", UNSET)
            getfloorplanlist: MethodSpecificValue | Unset
            if isinstance(_getfloorplanlist, Unset):
                getfloorplanlist = UNSET
            else:
                getfloorplanlist = MethodSpecificValue.from_dict(_getfloorplanlist)

            _field = "getleaseinfo"
            _getleaseinfo = d.pop("getleaseinfo", UNSET)
            getleaseinfo: MethodSpecificValue | Unset
            if isinstance(_getleaseinfo, Unset):
                getleaseinfo = UNSET
            else:
                getleaseinfo = MethodSpecificValue.from_dict(_getleaseinfo)

            _field = "getleasingagentsbyproperty"
            _getleasingagentsbyproperty = d.pop("getleasingagentsbyproperty", UNSET)
            getleasingagentsbyproperty: MethodSpecificValue | Unset
            if isinstance(_getleasingagentsbyproperty, Unset):
                getleasingagentsbyproperty = UNSET
            else:
                getleasingagentsbyproperty = MethodSpecificValue.from_dict(_getleasingagentsbyproperty)

            _field = "getlocationlist"
            _getlocationlist = d.pop("getlocationlist", UNSET)
            getlocationlist: MethodSpecificValue | Unset
            if isinstance(_getlocationlist, Unset):
                getlocationlist = UNSET
            else:
                getlocationlist = MethodSpecificValue.from_dict(_getlocationlist)

            _field = "getmarketingsourcesbyproperty"
            _getmarketingsourcesbyproperty = d.pop("getmarketingsourcesbyproperty", UNSET)
            getmarketingsourcesbyproperty: MethodSpecificValue | Unset
            if isinstance(_getmarketingsourcesbyproperty, Unset):
                getmarketingsourcesbyproperty = UNSET
            else:
                getmarketingsourcesbyproperty = MethodSpecificValue.from_dict(_getmarketingsourcesbyproperty)

            _field = "getpicklistprospect"
            _getpicklistprospect = d.pop("getpicklistprospect", UNSET)
            getpicklistprospect: MethodSpecificValue | Unset
            if isinstance(_getpicklistprospect, Unset):
                getpicklistprospect = UNSET
            else:
                getpicklistprospect = MethodSpecificValue.from_dict(_getpicklistprospect)

            _field = "getprospectsurveylist"
            _getprospectsurveylist = d.pop("getprospectsurveylist", UNSET)
            getprospectsurveylist: MethodSpecificValue | Unset
            if isinstance(_getprospectsurveylist, Unset):
                getprospectsurveylist = UNSET
            else:
                getprospectsurveylist = MethodSpecificValue.from_dict(_getprospectsurveylist)

            _field = "getresidentactivitytypes"
            _getresidentactivitytypes = d.pop("getresidentactivitytypes", UNSET)
            getresidentactivitytypes: MethodSpecificValue | Unset
            if isinstance(_getresidentactivitytypes, Unset):
                getresidentactivitytypes = UNSET
            else:
                getresidentactivitytypes = MethodSpecificValue.from_dict(_getresidentactivitytypes)

            _field = "getresidentconvergent"
            _getresidentconvergent = d.pop("getresidentconvergent", UNSET)
            getresidentconvergent: MethodSpecificValue | Unset
            if isinstance(_getresidentconvergent, Unset):
                getresidentconvergent = UNSET
            else:
                getresidentconvergent = MethodSpecificValue.from_dict(_getresidentconvergent)

            _field = "getresidentledger"
            _getresidentledger = d.pop("getresidentledger", UNSET)
            getresidentledger: MethodSpecificValue | Unset
            if isinstance(_getresidentledger, Unset):
                getresidentledger = UNSET
            else:
                getresidentledger = MethodSpecificValue.from_dict(_getresidentledger)

            _field = "getresidentlistinfo"
            _getresidentlistinfo = d.pop("getresidentlistinfo", UNSET)
            getresidentlistinfo: MethodSpecificValue | Unset
            if isinstance(_getresidentlistinfo, Unset):
                getresidentlistinfo = UNSET
            else:
                getresidentlistinfo = MethodSpecificValue.from_dict(_getresidentlistinfo)

            _field = "getresidentsactivitylogbydaterange"
            _getresidentsactivitylogbydaterange = d.pop("getresidentsactivitylogbydaterange", UNSET)
            getresidentsactivitylogbydaterange: MethodSpecificValue | Unset
            if isinstance(_getresidentsactivitylogbydaterange, Unset):
                getresidentsactivitylogbydaterange = UNSET
            else:
                getresidentsactivitylogbydaterange = MethodSpecificValue.from_dict(_getresidentsactivitylogbydaterange)

            _field = "getscheduledappointments"
            _getscheduledappointments = d.pop("getscheduledappointments", UNSET)
            getscheduledappointments: MethodSpecificValue | Unset
            if isinstance(_getscheduledappointments, Unset):
                getscheduledappointments = UNSET
            else:
                getscheduledappointments = MethodSpecificValue.from_dict(_getscheduledappointments)

            _field = "getserviceissuelist"
            _getserviceissuelist = d.pop("getserviceissuelist", UNSET)
            getserviceissuelist: MethodSpecificValue | Unset
            if isinstance(_getserviceissuelist, Unset):
                getserviceissuelist = UNSET
            else:
                getserviceissuelist = MethodSpecificValue.from_dict(_getserviceissuelist)

            _field = "getservicerequest"
            _getservicerequest = d.pop("getservicerequest", UNSET)
            getservicerequest: MethodSpecificValue | Unset
            if isinstance(_getservicerequest, Unset):
                getservicerequest = UNSET
            else:
                getservicerequest = MethodSpecificValue.from_dict(_getservicerequest)

            _field = "getsitelist"
            _getsitelist = d.pop("getsitelist", UNSET)
            getsitelist: MethodSpecificValue | Unset
            if isinstance(_getsitelist, Unset):
                getsitelist = UNSET
            else:
                getsitelist = MethodSpecificValue.from_dict(_getsitelist)

            _field = "getsubscriptions"
            _getsubscriptions = d.pop("getsubscriptions", UNSET)
            getsubscriptions: MethodSpecificValue | Unset
            if isinstance(_getsubscriptions, Unset):
                getsubscriptions = UNSET
            else:
                getsubscriptions = MethodSpecificValue.from_dict(_getsubscriptions)

            _field = "getunitlist"
            _getunitlist = d.pop("getunitlist", UNSET)
            getunitlist: MethodSpecificValue | Unset
            if isinstance(_getunitlist, Unset):
                getunitlist = UNSET
            else:
                getunitlist = MethodSpecificValue.from_dict(_getunitlist)

            _field = "getunits"
            _getunits = d.pop("getunits", UNSET)
            getunits: MethodSpecificValue | Unset
            if isinstance(_getunits, Unset):
                getunits = UNSET
            else:
                getunits = MethodSpecificValue.from_dict(_getunits)

            _field = "getunitsbyproperty"
            _getunitsbyproperty = d.pop("getunitsbyproperty", UNSET)
            getunitsbyproperty: MethodSpecificValue | Unset
            if isinstance(_getunitsbyproperty, Unset):
                getunitsbyproperty = UNSET
            else:
                getunitsbyproperty = MethodSpecificValue.from_dict(_getunitsbyproperty)

            _field = "getwoprioritylist"
            _getwoprioritylist = d.pop("getwoprioritylist", UNSET)
            getwoprioritylist: MethodSpecificValue | Unset
            if isinstance(_getwoprioritylist, Unset):
                getwoprioritylist = UNSET
            else:
                getwoprioritylist = MethodSpecificValue.from_dict(_getwoprioritylist)

            _field = "getworkordersurveylist"
            _getworkordersurveylist = d.pop("getworkordersurveylist", UNSET)
            getworkordersurveylist: MethodSpecificValue | Unset
            if isinstance(_getworkordersurveylist, Unset):
                getworkordersurveylist = UNSET
            else:
                getworkordersurveylist = MethodSpecificValue.from_dict(_getworkordersurveylist)

            _field = "insertactivity"
            _insertactivity = d.pop("insertactivity", UNSET)
            insertactivity: MethodSpecificValue | Unset
            if isinstance(_insertactivity, Unset):
                insertactivity = UNSET
            else:
                insertactivity = MethodSpecificValue.from_dict(_insertactivity)

            _field = "insertfollowup"
            _insertfollowup = d.pop("insertfollowup", UNSET)
            insertfollowup: MethodSpecificValue | Unset
            if isinstance(_insertfollowup, Unset):
                insertfollowup = UNSET
            else:
                insertfollowup = MethodSpecificValue.from_dict(_insertfollowup)

            _field = "insertprospect"
            _insertprospect = d.pop("insertprospect", UNSET)
            insertprospect: MethodSpecificValue | Unset
            if isinstance(_insertprospect, Unset):
                insertprospect = UNSET
            else:
                insertprospect = MethodSpecificValue.from_dict(_insertprospect)

            _field = "postsinglecharge"
            _postsinglecharge = d.pop("postsinglecharge", UNSET)
            postsinglecharge: MethodSpecificValue | Unset
            if isinstance(_postsinglecharge, Unset):
                postsinglecharge = UNSET
            else:
                postsinglecharge = MethodSpecificValue.from_dict(_postsinglecharge)

            _field = "prospectsearch"
            _prospectsearch = d.pop("prospectsearch", UNSET)
            prospectsearch: MethodSpecificValue | Unset
            if isinstance(_prospectsearch, Unset):
                prospectsearch = UNSET
            else:
                prospectsearch = MethodSpecificValue.from_dict(_prospectsearch)

            _field = "transactioncodes"
            _transactioncodes = d.pop("transactioncodes", UNSET)
            transactioncodes: MethodSpecificValue | Unset
            if isinstance(_transactioncodes, Unset):
                transactioncodes = UNSET
            else:
                transactioncodes = MethodSpecificValue.from_dict(_transactioncodes)

            _field = "unitlist"
            _unitlist = d.pop("unitlist", UNSET)
            unitlist: MethodSpecificValue | Unset
            if isinstance(_unitlist, Unset):
                unitlist = UNSET
            else:
                unitlist = MethodSpecificValue.from_dict(_unitlist)

            _field = "updateprospect"
            _updateprospect = d.pop("updateprospect", UNSET)
            updateprospect: MethodSpecificValue | Unset
            if isinstance(_updateprospect, Unset):
                updateprospect = UNSET
            else:
                updateprospect = MethodSpecificValue.from_dict(_updateprospect)

            _field = "updateservicerequest"
            _updateservicerequest = d.pop("updateservicerequest", UNSET)
            updateservicerequest: MethodSpecificValue | Unset
            if isinstance(_updateservicerequest, Unset):
                updateservicerequest = UNSET
            else:
                updateservicerequest = MethodSpecificValue.from_dict(_updateservicerequest)

            _field = "updatesitesubscriptionstatus"
            _updatesitesubscriptionstatus = d.pop("updatesitesubscriptionstatus", UNSET)
            updatesitesubscriptionstatus: MethodSpecificValue | Unset
            if isinstance(_updatesitesubscriptionstatus, Unset):
                updatesitesubscriptionstatus = UNSET
            else:
                updatesitesubscriptionstatus = MethodSpecificValue.from_dict(_updatesitesubscriptionstatus)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RealpagePartnerExchangeMethodSpecific", _field) from _failure
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
