from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseValidationError, conform, field_error
from ..models.manual_sync_integration_request_models_to_sync_item import (
    ManualSyncIntegrationRequestModelsToSyncItem,
    check_manual_sync_integration_request_models_to_sync_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualSyncIntegrationRequest")


@_attrs_define
class ManualSyncIntegrationRequest:
    """
    Attributes:
        models_to_sync (list[ManualSyncIntegrationRequestModelsToSyncItem] | Unset):
        sync_config_id (str | Unset):
    """

    models_to_sync: list[ManualSyncIntegrationRequestModelsToSyncItem] | Unset = UNSET
    sync_config_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models_to_sync: list[str] | Unset = UNSET
        if not isinstance(self.models_to_sync, Unset):
            models_to_sync = []
            for models_to_sync_item_data in self.models_to_sync:
                models_to_sync_item: str = models_to_sync_item_data
                models_to_sync.append(models_to_sync_item)

        sync_config_id = self.sync_config_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if models_to_sync is not UNSET:
            field_dict["models_to_sync"] = models_to_sync
        if sync_config_id is not UNSET:
            field_dict["sync_config_id"] = sync_config_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _field = ""
        try:
            _field = "models_to_sync"
            _models_to_sync = d.pop("models_to_sync", UNSET)
            models_to_sync: list[ManualSyncIntegrationRequestModelsToSyncItem] | Unset = UNSET
            if _models_to_sync is not UNSET:
                models_to_sync = []
                for models_to_sync_item_data in _models_to_sync:
                    models_to_sync_item = check_manual_sync_integration_request_models_to_sync_item(
                        models_to_sync_item_data
                    )

                    models_to_sync.append(models_to_sync_item)

            _field = "sync_config_id"
            sync_config_id = conform(d.pop("sync_config_id", UNSET), "str")

        except ResponseValidationError:
            raise  # a nested model's: it names its own model and field
        except (TypeError, ValueError, KeyError, AttributeError) as _failure:  # (a property may be named error)
            raise field_error(_failure, "ManualSyncIntegrationRequest", _field) from _failure
        _instance = cls(
            models_to_sync=models_to_sync,
            sync_config_id=sync_config_id,
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
