"""Writes schemas/sitrep-1.0.schema.json; enum values are read from the C# enums so the two cannot drift (a test checks it too)."""
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import json, re, glob
def enum_names(name):
    path = glob.glob(os.path.join(ROOT, 'src/Sitrep/**', name + '.cs'), recursive=True)[0]
    body = open(path).read().split('{',1)[1]
    members = re.findall(r'^\s{4}(\w+),', body, re.M)
    return [m[0].lower() + m[1:] for m in members]
def enum(name, desc):
    return {"description": desc, "enum": enum_names(name)}
def arr(ref): return {"type": "array", "items": {"$ref": ref}}
idref = "#/$defs/id"
U = r"\d{4}(-Q[1-4]|-W\d{2}|-\d{2}(-\d{2}(T(MO|MI|AF|EV|NI|DT|\d{2}(:\d{2}(:\d{2})?)?))?)?)?"
temporal_pattern = "^(start:|mid:|end:|approx:)?" + U + "(/" + U + ")?(@[A-Za-z0-9_+./-]+)?$"
def obj(props, required, desc):
    return {"type": "object", "description": desc, "properties": props, "required": required, "additionalProperties": False}
str_ = {"type": "string"}
count = {"type": "integer", "minimum": 0}
defs = {
 "id": {"type": "string", "minLength": 1, "pattern": r"^[^\s]+$", "description": "A record id, unique among records of its kind; no whitespace."},
 "localDate": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "An ISO 8601 calendar date (uuuu-MM-dd)."},
 "temporalValue": {"type": "string", "pattern": temporal_pattern, "description": "A date or time with precision in Sitrep's compact form: 2026, 2026-Q1, 2026-03, 2026-W12, 2026-03-19, 2026-03-20TNI, 2026-03-20T21:30; intervals a/b; modifier prefixes start:, mid:, end:, approx:; zone suffix @Asia/Baghdad."},
 "countryCode": {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 3166-1 alpha-3 (validation checks the code is assigned)."},
 "textSpan": obj({"start": count, "length": count}, ["start", "length"], "Characters in a source's text: UTF-16 offset and length."),
 "provenance": obj({"source": {"$ref": idref}, "span": {"$ref": "#/$defs/textSpan"}, "note": str_}, ["source"], "Where a record or value comes from."),
 "externalId": obj({"scheme": str_, "value": str_}, ["scheme", "value"], "An id in another dataset; codes stay strings."),
 "classification": obj({"scheme": str_, "code": str_, "label": str_}, ["scheme", "code"], "A code from another taxonomy, kept verbatim."),
 "source": obj({
    "id": {"$ref": idref}, "kind": enum("SourceKind", "What kind of source."), "title": str_, "publisher": {"$ref": idref}, "author": {"$ref": idref},
    "url": str_, "published": {"$ref": "#/$defs/temporalValue"}, "language": str_, "version": str_,
    "reliability": {"type": "string", "pattern": "^[A-F][1-6]$", "description": "Admiralty grade: source reliability A-F, information credibility 1-6."},
    "derivedFrom": arr(idref), "externalIds": arr("#/$defs/externalId")}, ["id", "kind"], "Where a claim comes from."),
 "actorAlias": obj({"name": str_, "kind": enum("AliasKind", "How the alias relates to the name."), "validFrom": {"$ref": "#/$defs/localDate"}, "validUntil": {"$ref": "#/$defs/localDate"}, "language": str_}, ["name"], "Another name of an actor."),
 "actorRelation": obj({"kind": enum("ActorRelationKind", "The relation, read subject-kind-target."), "target": {"$ref": idref}, "since": {"$ref": "#/$defs/localDate"}, "until": {"$ref": "#/$defs/localDate"}, "label": str_, "provenance": arr("#/$defs/provenance")}, ["kind", "target"], "A dated relation to another actor."),
 "actor": obj({
    "id": {"$ref": idref}, "name": str_, "kind": enum("ActorKind", "What kind of actor."), "aliases": arr("#/$defs/actorAlias"),
    "country": {"$ref": "#/$defs/countryCode"}, "gleditschWard": {"type": "integer"}, "correlatesOfWar": {"type": "integer"}, "description": str_,
    "relations": arr("#/$defs/actorRelation"), "externalIds": arr("#/$defs/externalId"), "provenance": arr("#/$defs/provenance")}, ["id", "name", "kind"], "Anyone who acts, suffers or speaks."),
 "geoPoint": obj({"latitude": {"type": "number", "minimum": -90, "maximum": 90}, "longitude": {"type": "number", "minimum": -180, "maximum": 180}}, ["latitude", "longitude"], "A WGS84 point."),
 "place": obj({"name": str_, "country": {"$ref": "#/$defs/countryCode"}, "admin1": str_, "admin2": str_, "admin3": str_, "point": {"$ref": "#/$defs/geoPoint"},
    "feature": enum("FeatureKind", "What kind of place."), "precision": enum("PlacePrecision", "How precisely the place is known."), "externalIds": arr("#/$defs/externalId")}, [], "Where something happened."),
 "participant": obj({"actor": {"$ref": idref}, "role": enum("ParticipantRole", "The part played."), "provenance": arr("#/$defs/provenance")}, ["actor", "role"], "An actor in an incident."),
 "victimGroup": obj({"category": enum("VictimCategory", "A category of victims."), "actor": {"$ref": idref}, "description": str_}, ["category"], "Who a casualty count counts."),
 "estimate": obj({"qualifier": enum("EstimateQualifier", "What kind of figure."), "low": count, "best": count, "high": count, "phrase": str_}, ["qualifier"], "An uncertain count; unknown is not zero."),
 "casualtyCount": obj({"outcome": enum("CasualtyOutcome", "What happened to them."), "victims": {"$ref": "#/$defs/victimGroup"}, "estimate": {"$ref": "#/$defs/estimate"}, "consolidationRule": str_, "provenance": arr("#/$defs/provenance")}, ["outcome", "victims", "estimate"], "How many people, as one source says."),
 "attribution": obj({"state": enum("AttributionState", "The kind of attribution."), "perpetrators": arr(idref), "isJoint": {"type": "boolean"}, "attributedBy": arr(idref), "statements": arr(idref), "isOfficial": {"type": "boolean"}, "provenance": arr("#/$defs/provenance")}, ["state"], "One view of who is responsible."),
 "incident": obj({
    "id": {"$ref": idref}, "type": enum("IncidentType", "What happened."), "scope": enum("IncidentScope", "One event or a series."), "description": str_,
    "classifications": arr("#/$defs/classification"), "means": {"type": "array", "items": enum("Means", "A means used.")}, "participants": arr("#/$defs/participant"),
    "place": {"$ref": "#/$defs/place"}, "time": {"$ref": "#/$defs/temporalValue"}, "casualties": arr("#/$defs/casualtyCount"), "attributions": arr("#/$defs/attribution"),
    "relatedIncidents": arr(idref), "externalIds": arr("#/$defs/externalId"), "provenance": arr("#/$defs/provenance"),
    "sourceRecord": {"$ref": "#/$defs/sourceRecord"}}, ["id", "type"], "Something that happened at a time and place."),
 "sourceRecord": obj({"format": str_, "columns": {"type": "array", "items": {"type": "string"}}, "values": {"type": "array", "items": {"type": "string"}}}, ["format"], "A row of another dataset, every column verbatim; columns and values pair up by position."),
 "quote": obj({"text": str_, "provenance": {"$ref": "#/$defs/provenance"}}, ["text"], "Words quoted verbatim."),
 "statement": obj({
    "id": {"$ref": idref}, "kind": enum("StatementKind", "What the statement does."), "speakers": arr(idref), "subjects": arr(idref), "time": {"$ref": "#/$defs/temporalValue"},
    "channel": enum("StatementChannel", "How it was made public."), "platform": str_, "quote": {"$ref": "#/$defs/quote"}, "paraphrase": str_,
    "incidents": arr(idref), "refersTo": arr(idref), "provenance": arr("#/$defs/provenance")}, ["id", "kind"], "Something an actor said or did in words."),
 "jsonLinesLine": {"description": "One line of the JSON Lines form: the header or exactly one record.", "oneOf": [
    obj({"sitrep": {"const": "1.0"}, "title": str_, "description": str_}, ["sitrep"], "The header line."),
    obj({"source": {"$ref": "#/$defs/source"}}, ["source"], "A source line."),
    obj({"actor": {"$ref": "#/$defs/actor"}}, ["actor"], "An actor line."),
    obj({"incident": {"$ref": "#/$defs/incident"}}, ["incident"], "An incident line."),
    obj({"statement": {"$ref": "#/$defs/statement"}}, ["statement"], "A statement line.")]},
}
schema = {
 "$schema": "https://json-schema.org/draft/2020-12/schema",
 "$id": "https://github.com/sitrep-dev/sitrep/schemas/sitrep-1.0.schema.json",
 "title": "Sitrep canonical JSON, format 1.0",
 "description": "A dataset of sources, actors, incidents and statements. Referential integrity, estimate order and the other rules in docs/diagnostics.md are checked by Sitrep's validator, not by this schema. A JSON Lines stream is a sequence of #/$defs/jsonLinesLine objects, one per line, starting with the header.",
 "type": "object",
 "properties": {
   "sitrep": {"const": "1.0", "description": "The format version."},
   "title": str_, "description": str_,
   "sources": arr("#/$defs/source"), "actors": arr("#/$defs/actor"), "incidents": arr("#/$defs/incident"), "statements": arr("#/$defs/statement")},
 "required": ["sitrep"],
 "additionalProperties": False,
 "$defs": defs,
}
open(os.path.join(ROOT, 'schemas/sitrep-1.0.schema.json'), 'w').write(json.dumps(schema, indent=2) + "\n")
