from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realpage_registered_vendor_ftp_credentials import RealpageRegisteredVendorFtpCredentials


T = TypeVar("T", bound="RealpageRegisteredVendor")


@_attrs_define
class RealpageRegisteredVendor:
    """
    Attributes:
        license_key (str):
        onesite_username (str):
        pmc_id (str):
        site_id (str):
        base_url (str | Unset):
        onesite_password (str | Unset):
        ftp_credentials (RealpageRegisteredVendorFtpCredentials | Unset):
    """

    license_key: str
    onesite_username: str
    pmc_id: str
    site_id: str
    base_url: str | Unset = UNSET
    onesite_password: str | Unset = UNSET
    ftp_credentials: RealpageRegisteredVendorFtpCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_key = self.license_key

        onesite_username = self.onesite_username

        pmc_id = self.pmc_id

        site_id = self.site_id

        base_url = self.base_url

        onesite_password = self.onesite_password

        ftp_credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ftp_credentials, Unset):
            ftp_credentials = self.ftp_credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "LICENSE_KEY": license_key,
                "ONESITE_USERNAME": onesite_username,
                "PMC_ID": pmc_id,
                "SITE_ID": site_id,
            }
        )
        if base_url is not UNSET:
            field_dict["BASE_URL"] = base_url
        if onesite_password is not UNSET:
            field_dict["ONESITE_PASSWORD"] = onesite_password
        if ftp_credentials is not UNSET:
            field_dict["ftp_credentials"] = ftp_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.realpage_registered_vendor_ftp_credentials import RealpageRegisteredVendorFtpCredentials  # noqa: PLC0415

        d = dict(src_dict)
        _field = ""
        try:
            _field = "LICENSE_KEY"
            license_key = conform(pop_required(d, "LICENSE_KEY", "RealpageRegisteredVendor"), "str")

            _field = "ONESITE_USERNAME"
            onesite_username = conform(pop_required(d, "ONESITE_USERNAME", "RealpageRegisteredVendor"), "str")

            _field = "PMC_ID"
            pmc_id = conform(pop_required(d, "PMC_ID", "RealpageRegisteredVendor"), "str")

            _field = "SITE_ID"
            site_id = conform(pop_required(d, "SITE_ID", "RealpageRegisteredVendor"), "str")

            _field = "BASE_URL"
            base_url = conform(d.pop("BASE_URL", UNSET), "str")

            _field = "ONESITE_PASSWORD"
            onesite_password = conform(d.pop("ONESITE_PASSWORD", UNSET), "str")

            _field = "ftp_credentials"
            _ftp_credentials = d.pop("ftp_credentials", UNSET)
            ftp_credentials: RealpageRegisteredVendorFtpCredentials | Unset
            if isinstance(_ftp_credentials, Unset):
                ftp_credentials = UNSET
            else:
                ftp_credentials = RealpageRegisteredVendorFtpCredentials.from_dict(_ftp_credentials)

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RealpageRegisteredVendor", _field) from _failure
        _instance = cls(
            license_key=license_key,
            onesite_username=onesite_username,
            pmc_id=pmc_id,
            site_id=site_id,
            base_url=base_url,
            onesite_password=onesite_password,
            ftp_credentials=ftp_credentials,
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
