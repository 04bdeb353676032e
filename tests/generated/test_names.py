"""Generated classes are named for what they are; the path-derived names still resolve."""

from __future__ import annotations

import typing
import warnings

import propexo_client.models as models
import pytest
from propexo_client.api.resident_charges import batch_create_resident_charges_rentmanager
from propexo_client.api.residents import list_residents
from propexo_client.types import Unset


def test_items_envelopes_bodies_and_enums_have_domain_names() -> None:
    for name in (
        "Resident",
        "ResidentCharge",
        "Location",
        "ListResidentsResponse",
        "BatchCreateResidentChargesRentmanagerRequest",
        "BatchCreateResidentChargesRentmanagerRequestChargesItems",
        "GetWriteStatusResponse",
        "IntegrationVendor",
        "PhoneType",
    ):
        assert name in models.__all__, name
        assert getattr(models, name) is not None
    assert not [name for name in models.__all__ if name.startswith("V1")]


def test_operations_are_typed_with_the_new_names() -> None:
    hints = typing.get_type_hints(list_residents.sync)
    assert hints["return"] is models.ListResidentsResponse
    body = typing.get_type_hints(batch_create_resident_charges_rentmanager.sync)["body"]
    assert body is models.BatchCreateResidentChargesRentmanagerRequest
    assert "PhoneType" in str(models.Resident.__annotations__["phone_1_type"])
    assert "IntegrationVendor" in str(models.Resident.__annotations__["integration_vendor"])


def test_path_derived_names_still_resolve_to_the_same_classes() -> None:
    assert models.V1ResidentsGetOutputResultsItem is models.Resident
    assert models.V1ResidentsGetOutput is models.ListResidentsResponse
    assert models.Enum1 == models.IntegrationVendor
    assert "V1ResidentsGetOutputResultsItem" not in models.__all__


def test_unknown_names_are_still_attribute_errors() -> None:
    try:
        models.NoSuchModel  # noqa: B018
    except AttributeError as error:
        assert "NoSuchModel" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_a_shape_written_out_in_two_bodies_is_one_class() -> None:
    headers = [{"header": "X-Signature", "value": "abc"}]
    created = models.CreateWebhookRequest.from_dict(
        {"triggers": ["DATA_NEW"], "url": "https://example.test/hook", "headers": headers}
    )
    updated = models.UpdateWebhookRequest.from_dict({"headers": headers})
    assert not isinstance(created.headers, Unset) and not isinstance(updated.headers, Unset)
    assert type(created.headers[0]) is type(updated.headers[0]) is models.HeadersItem
    # Typed on the one class, code takes either body's headers (`mypy tests` checks this).
    assert (
        _header_line(created.headers[0]) == _header_line(updated.headers[0]) == "X-Signature: abc"
    )


def _header_line(header: models.HeadersItem) -> str:
    return f"{header.header}: {header.value}"


def test_the_names_the_shared_shapes_had_still_import_with_a_warning() -> None:
    with pytest.warns(DeprecationWarning, match="CreateWebhookRequestHeadersItem") as seen:
        assert models.CreateWebhookRequestHeadersItem is models.HeadersItem
    assert [w.filename for w in seen] == [__file__]  # the warning points at the caller's line
    with pytest.warns(DeprecationWarning, match="ApplicantCustomDataType0"):
        assert models.ApplicantCustomDataType0 is models.CustomDataType0
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a path-derived name was never a release's: no warning
        assert models.V1WebhooksPostInputHeadersItem is models.HeadersItem
    assert "CreateWebhookRequestHeadersItem" not in models.__all__
