"""The claims file: every kind loads, every mistake is named with its place."""

from __future__ import annotations

import textwrap

import pytest

from conftest import ROOT
from crosscheck.claims import load_claims, parse_claims
from crosscheck.errors import InputError
from crosscheck.model import DateExpect, PeopleExpect, PersonExpect, QuantityExpect, TermExpect


def parse(text: str):
    return parse_claims(textwrap.dedent(text), "c.yaml")


def problems(text: str) -> list[str]:
    with pytest.raises(InputError) as info:
        parse(text)
    return [str(p) for p in info.value.problems]


def test_sample_claims_load():
    claims = load_claims(ROOT / "claims.yaml")
    assert len(claims.claims) == 10
    assert claims.scope.window_days == 60
    kinds = {c.id: type(c.expect) for c in claims.claims}
    assert kinds["merida-funding"] is QuantityExpect
    assert kinds["merida-year"] is DateExpect
    assert kinds["dialogue-first"] is TermExpect
    assert kinds["mexico-foreign-secretary"] is PersonExpect
    assert kinds["us-delegation"] is PeopleExpect


def test_every_kind_of_expect():
    c = parse("""
        entities:
          a: {name: Ann Lee}
          b: Bo Chan
        claims:
          - {id: q, about: [x], expect: {quantity: "3.3 billion", unit: US$, tolerance: "5%"}}
          - {id: q2, about: [x], expect: {quantity: 3e9, unit: miles, tolerance: 2}}
          - {id: d, about: [x], expect: {date: 2021-10-08}}
          - {id: m, about: [x], expect: {month: 2021-10}}
          - {id: y, about: [x], expect: {year: 2008}}
          - {id: t, about: [x], expect: {term: first, supports: [inaugural], conflicts: [revive]}}
          - {id: p, about: [x], expect: {person: a, role: [mayor]}}
          - {id: pp, about: [x], expect: {people: [a, b]}}
        x-notes: ignored
    """)
    e = {claim.id: claim.expect for claim in c.claims}
    assert e["q"].value == 3.3e9 and e["q"].unit.name == "USD" and e["q"].tolerance_percent == 5
    assert e["q2"].unit.name == "mile" and e["q2"].tolerance == 2
    assert (e["m"].precision, e["y"].precision) == ("month", "year")
    assert e["p"].role == ("mayor",)
    assert c.entities["b"].name == "Bo Chan"


@pytest.mark.parametrize(
    "unit, name, dimension",
    [
        ("hours", "hour", "time"),
        ("h", "hour", "time"),
        ("seconds", "second", "time"),
        ("weeks", "week", "time"),
        ("months", "month", "time"),
        ("tonnes", "tonne", "mass"),
        ("kg", "kg", "mass"),
        ("mph", "mph", "speed"),
        ("km/h", "km/h", "speed"),
        ("hectares", "hectare", "area"),
        ("square kilometres", "km2", "area"),
    ],
)
def test_units_of_time_mass_speed_and_area_are_known(unit, name, dimension):
    c = parse(f"""
        claims:
          - {{id: q, about: [x], expect: {{quantity: 96, unit: {unit}}}}}
    """)
    got = c.claims[0].expect.unit
    assert (got.name, got.dimension) == (name, dimension)


@pytest.mark.parametrize("code", ["NOK", "SEK", "MXN", "KES", "PEN"])
def test_any_iso_4217_code_is_a_currency_unit(code):
    c = parse(f"""
        claims:
          - {{id: q, about: [x], expect: {{quantity: 500 million, unit: {code}}}}}
    """)
    unit = c.claims[0].expect.unit
    assert (unit.name, unit.dimension) == (code, f"currency:{code}")


@pytest.mark.parametrize("code", ["ABC", "GMT", "XXX", "UTC"])
def test_three_capitals_that_are_no_currency_are_refused_with_the_reason(code):
    found = problems(f"""
        claims:
          - {{id: q, about: [x], expect: {{quantity: 5, unit: {code}}}}}
    """)
    assert len(found) == 1
    assert f"unit '{code}' is not a unit crosscheck knows" in found[0]
    assert f"'{code}' is not an ISO 4217 currency code" in found[0]


def test_all_errors_are_collected_with_line_and_column():
    found = problems("""
        version: 1
        claims:
          - id: a
            about: [x]
            expect: {quantity: 13, unit: parsecs}
          - id: a
            about: [x]
            expect: {date: 2021-13-45}
          - id: Bad_Id
            about: [x]
            expect: {term: first}
    """)
    assert len(found) == 3
    assert found[0].startswith("c.yaml:6:34: claim 'a' unit 'parsecs' is not a unit")
    # written as a date, yet no day: the message says so, not how to write a date
    assert found[1].startswith("c.yaml:9:20: claim 'a' date '2021-13-45' is no day of the calendar")
    assert "lowercase" in found[2]


def test_a_date_not_written_as_one_says_how_to_write_it():
    (found,) = problems("claims:\n- {id: a, about: [x], expect: {date: 2021-1-8}}\n")
    assert "claim 'a' date must be a date written YYYY-MM-DD, got '2021-1-8'" in found


def test_duplicate_ids_are_named():
    (p,) = problems(
        "claims:\n- {id: a, about: [x], expect: {year: 2001}}\n- {id: a, about: [x], expect: {year: 2002}}\n"
    )
    assert p.startswith("c.yaml:3:3:") and "used twice (first on line 2)" in p


@pytest.mark.parametrize(
    "text, message",
    [
        ("claims: [{id: a, about: [x], expect: {quantity: 1}, abuot: [y]}]", "did you mean 'about'?"),
        ("claims: [{id: a, about: [x], expect: {}}]", "names no kind"),
        ("claims: [{id: a, about: [x], expect: {date: 2021-01-01, year: 2021}}]", "two kinds"),
        ("claims: [{id: a, about: [x], expect: {person: nobody}}]", "not an entity id"),
        ("claims: [{id: a, about: [x], expect: {people: [nobody]}}]", "not an entity id"),
        ("claims: [{id: a, about: [x], expect: {quantity: lots}}]", "is not a number"),
        ("claims: [{id: a, about: [x], expect: {quantity: 1, tolerance: much}}]", "tolerance"),
        ("claims: [{id: a, about: [], expect: {quantity: 1}}]", "empty list"),
        ("claims: [{id: a, about: [x], expect: {term: first, supports: []}}]", "empty list"),
        ("claims: [{id: a, about: [x], expect: {month: 2021-13}}]", "YYYY-MM"),
        ("claims: [{id: a, expect: {quantity: 1}}]", "has no 'about'"),
        ("claims: [{id: a, about: [x], expect: {quantity: 1, role: [x]}}]", "does not go with quantity"),
        ("version: 2\nclaims: [{id: a, about: [x], expect: {quantity: 1}}]", "unsupported version"),
        ("claims: [{id: a, about: [x], expect: {quantity: 1}}]\nclaims: []", "given twice"),
        ("scope: {date: soon}\nclaims: [{id: a, about: [x], expect: {quantity: 1}}]", "YYYY-MM-DD"),
        ("claims: [{id: a, about: [x], expect: {term: first}}\n", "YAML syntax error"),
        ("", "empty"),
    ],
)
def test_mistakes_are_named(text, message):
    assert any(message in p for p in problems(text)), problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "entities: {li: {name: Li Liang, aliases: []}}\nclaims: [{id: a, about: [x], expect: {quantity: 1}}]",
        "entities: {li: {name: Li Liang, not_variants: []}}\nclaims: [{id: a, about: [x], expect: {quantity: 1}}]",
        "claims: [{id: a, about: [x], exclude: [], expect: {quantity: 1}}]",
    ],
)
def test_a_list_that_only_adds_names_or_rules_some_out_may_be_empty(text):
    assert parse(text).claims[0].id == "a"


def test_syntax_error_points_at_the_line():
    (p,) = problems("claims:\n  - id: a\n   about: [x]\n")
    assert p.startswith("c.yaml:3:")


def test_alias_bomb_is_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9) + "]\n"
    bomb += "claims: [{id: a, about: [x], expect: {quantity: 1}}]\nversion: *i\n"
    assert any("aliases" in p for p in problems(bomb))


def test_about_that_looks_like_a_mistyped_id_warns():
    c = parse("""
        entities: {merida: Merida Initiative}
        claims: [{id: a, about: [merdia, meeting], expect: {quantity: 1}}]
    """)
    assert c.warnings and "did you mean the entity 'merida'" in str(c.warnings[0])


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="claims file not found"):
        load_claims(tmp_path / "nope.yaml")


def _as_editor_sees(text: str):
    """YAML as the YAML language server reads it (1.2: an unquoted date is a string)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(text, Loader=Loader)


def test_schema_command_prints_a_schema_the_sample_satisfies():
    import json

    import jsonschema
    from click.testing import CliRunner

    from crosscheck.cli import cli

    schema = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    assert not list(validator.iter_errors(_as_editor_sees((ROOT / "claims.yaml").read_text())))
    for bad in [
        "claims: [{id: a, about: [x], expect: {date: 2021-10-08, year: 2021}}]",
        "claims: [{id: A_1, about: [x], expect: {year: 2021}}]",
        "claims: [{id: a, about: [x], expect: {quantity: 1}, abuot: [y]}]",
        "claims: [{id: a, about: [x], expect: {term: first, role: [x]}}]",
    ]:
        assert list(validator.iter_errors(_as_editor_sees(bad))), bad
