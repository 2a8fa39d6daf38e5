namespace Sitrep;

/// <summary>
/// A code from another taxonomy attached to a record, kept verbatim so that mapping to Sitrep's own types loses
/// nothing: an ACLED sub-event type, a UCDP type of violence, a CAMEO event code, a PLOVER event type.
/// </summary>
/// <param name="Scheme">The taxonomy: <c>acled:event_type</c>, <c>acled:sub_event_type</c>, <c>ucdp:type_of_violence</c>, <c>cameo</c>, <c>plover</c>.</param>
/// <param name="Code">The code exactly as the taxonomy writes it (CAMEO <c>010</c> keeps its zero).</param>
/// <param name="Label">The code's label, when it is not the code itself.</param>
public sealed record Classification(string Scheme, string Code, string? Label = null);
