namespace Sitrep.Revisions;

/// <summary>
/// One field of an incident that differs between two versions: its name and both values as text (null where a
/// version has none). Names are the canonical JSON's (<c>time</c>, <c>place</c>, <c>casualties</c>,
/// <c>participants</c>), with <c>killed</c> for the one figure for the dead (<see cref="Incidents.CasualtyTolls"/>)
/// and <c>sourceRecord/COLUMN</c> for a column of the original row.
/// </summary>
/// <param name="Field">The field's name.</param>
/// <param name="Before">The older value as text: a plain value as it is, a part as its canonical JSON.</param>
/// <param name="After">The newer value as text.</param>
public sealed record FieldChange(string Field, string? Before, string? After);
