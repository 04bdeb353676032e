from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error, pop_required

T = TypeVar("T", bound="RealpageRegisteredVendorFtpCredentials")


@_attrs_define
class RealpageRegisteredVendorFtpCredentials:
    """
    Attributes:
        sftp_dir (str):
        sftp_host (str):
        sftp_password (str):
        sftp_port (float):
        sftp_username (str):
    """

    sftp_dir: str
    sftp_host: str
    sftp_password: str
    sftp_port: float
    sftp_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sftp_dir = self.sftp_dir

        sftp_host = self.sftp_host

        sftp_password = self.sftp_password

        sftp_port = self.sftp_port

        sftp_username = self.sftp_username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SFTP_DIR": sftp_dir,
                "SFTP_HOST": sftp_host,
                "SFTP_PASSWORD": sftp_password,
                "SFTP_PORT": sftp_port,
                "SFTP_USERNAME": sftp_username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "SFTP_DIR"
            sftp_dir = conform(pop_required(d, "SFTP_DIR", "RealpageRegisteredVendorFtpCredentials"), "str")

            _field = "SFTP_HOST"
            sftp_host = conform(pop_required(d, "SFTP_HOST", "RealpageRegisteredVendorFtpCredentials"), "str")

            _field = "SFTP_PASSWORD"
            sftp_password = conform(pop_required(d, "SFTP_PASSWORD", "RealpageRegisteredVendorFtpCredentials"), "str")

            _field = "SFTP_PORT"
            sftp_port = conform(pop_required(d, "SFTP_PORT", "RealpageRegisteredVendorFtpCredentials"), "float")

            _field = "SFTP_USERNAME"
            sftp_username = conform(pop_required(d, "SFTP_USERNAME", "RealpageRegisteredVendorFtpCredentials"), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "RealpageRegisteredVendorFtpCredentials", _field) from _failure
        _instance = cls(
            sftp_dir=sftp_dir,
            sftp_host=sftp_host,
            sftp_password=sftp_password,
            sftp_port=sftp_port,
            sftp_username=sftp_username,
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
