"""Responses are read tolerantly (unknown enum values and properties kept), a missing required
property is a `ResponseValidationError`, and the generated docs state facts and deprecations.
Real HTTP against the fake, whose answers are altered with its `reply` fault."""

from __future__ import annotations

import asyncio
import json
import typing
import warnings
from typing import Any

import propexo
import pytest
from propexo import PropexoClient
from propexo_client.api.locations import list_locations_rentmanager
from propexo_client.api.residents import list_residents
from propexo_client.models.list_residents_integration_vendor import (
    ListResidentsIntegrationVendor,
)
from propexo_client.types import UNSET

from tests.conftest import DATES, RM, charge_row
from tests.fake_propexo import FakePropexo, Fault

ROUTE = "/v1/residents/"


def _page(client: PropexoClient) -> dict[str, Any]:
    """A real residents page from the fake, as JSON, to alter."""
    answer = list_residents.sync_detailed(client=client.api, integration_id=RM)
    assert answer.status_code == 200
    page: dict[str, Any] = json.loads(answer.content)
    assert page["results"]
    return page


def _serve(fake: FakePropexo, page: dict[str, Any]) -> None:
    fake.inject(Fault.reply(page), ROUTE, times=None)


def _list_async(client: PropexoClient) -> Any:
    async def run() -> Any:
        try:
            return await list_residents.asyncio(client=client.api, integration_id=RM)
        finally:
            await client.aclose()

    return asyncio.run(run())


def test_unknown_enum_values_are_kept_as_strings(fake: FakePropexo, client: PropexoClient) -> None:
    page = _page(client)
    page["results"][0]["phone_1_type"] = "PAGER"
    page["results"][0]["integration_vendor"] = "NEWPMS"
    _serve(fake, page)
    first = list_residents.sync(client=client.api, integration_id=RM).results[0]
    assert first.phone_1_type == "PAGER"
    assert first.integration_vendor == "NEWPMS"
    again = _list_async(client).results[0]
    assert (again.phone_1_type, again.integration_vendor) == ("PAGER", "NEWPMS")


def test_plan_charges_survives_an_unknown_phone_type(
    fake: FakePropexo, client: PropexoClient
) -> None:
    locations = list_locations_rentmanager.sync(client=client.api, integration_id=RM).results
    resident_id = ""
    for location in locations:
        answer = list_residents.sync_detailed(
            client=client.api, integration_id=RM, location_id=location.id
        )
        page = json.loads(answer.content)
        for resident in page["results"]:
            resident["phone_1_type"] = "PAGER"
            resident_id = resident["id"]
        fake.inject(
            Fault.reply(page),
            ROUTE,
            times=None,
            when=lambda info, at=location.id: info.query.get("location_id") == [at],
        )
    plan = propexo.plan_charges(
        [charge_row(resident_id, 1)], integration_id=RM, client=client, transaction_dates=DATES
    )
    assert len(plan.chunks) == 1


def test_unknown_properties_are_kept(fake: FakePropexo, client: PropexoClient) -> None:
    page = _page(client)
    page["results"][0]["loyalty_tier"] = "gold"
    page["brand_new_envelope_field"] = 1
    _serve(fake, page)
    answer = list_residents.sync(client=client.api, integration_id=RM)
    assert answer.additional_properties == {"brand_new_envelope_field": 1}
    assert answer.results[0].additional_properties == {"loyalty_tier": "gold"}


@pytest.mark.parametrize("mode", ["sync", "asyncio"])
def test_a_missing_required_property_names_operation_model_and_field(
    fake: FakePropexo, client: PropexoClient, mode: str
) -> None:
    page = _page(client)
    del page["results"][1]["phone_1_type"]
    _serve(fake, page)
    with pytest.raises(propexo.ResponseValidationError) as caught:
        if mode == "sync":
            list_residents.sync(client=client.api, integration_id=RM)
        else:
            _list_async(client)
    error = caught.value
    assert (error.operation, error.model, error.field) == (
        "list_residents",
        "Resident",
        "phone_1_type",
    )
    assert "list_residents" in str(error) and "phone_1_type" in str(error)
    assert isinstance(error, propexo.PropexoError) and not isinstance(error, KeyError)


def test_a_body_that_is_not_json_is_a_validation_error(
    fake: FakePropexo, client: PropexoClient
) -> None:
    fake.inject(Fault.reply(raw="<html>maintenance</html>"), ROUTE)
    with pytest.raises(propexo.ResponseValidationError) as caught:
        list_residents.sync(client=client.api, integration_id=RM)
    assert caught.value.operation == "list_residents"


def test_request_enums_stay_strict() -> None:
    assert str not in typing.get_args(ListResidentsIntegrationVendor)
    assert "RENTMANAGER" in typing.get_args(ListResidentsIntegrationVendor)


def test_a_deprecated_parameter_warns_where_it_is_used(
    fake: FakePropexo, client: PropexoClient
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        list_residents.sync(client=client.api, integration_id=RM)
        assert not [w for w in caught if w.category is DeprecationWarning]
        list_residents.sync(client=client.api, integration_id=RM, x_property_id="p-1")
    deprecations = [w for w in caught if w.category is DeprecationWarning]
    assert len(deprecations) == 1
    assert "x_property_id" in str(deprecations[0].message)
    assert deprecations[0].filename == __file__


def test_docstrings_state_constraints_and_deprecation() -> None:
    doc = list_residents.sync.__doc__ or ""
    assert "limit (int | None | Unset): At least 0. At most 250. Default: 100." in doc
    assert "x_property_id (str | Unset): Deprecated." in doc
    assert "Pattern: `^[2-9]\\d{9}$`" in doc
    assert "'RENTMANAGER'" in doc
    assert "AuthenticationError" in doc


def test_unset_reprs_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
