namespace Sitrep;

/// <summary>
/// An identifier a record carries in another dataset, kept beside Sitrep's own id so records can be traced back:
/// ACLED <c>event_id_cnty</c>, UCDP GED <c>id</c>, GDELT <c>GLOBALEVENTID</c>, a Wikidata item.
/// </summary>
/// <param name="Scheme">The dataset or registry, in lower case: <c>acled</c>, <c>ucdp-ged</c>, <c>gdelt</c>, <c>wikidata</c>.</param>
/// <param name="Value">The identifier exactly as the scheme writes it (codes stay strings: <c>004</c> is not <c>4</c>).</param>
public sealed record ExternalId(string Scheme, string Value)
{
    /// <summary>Returns <c>scheme:value</c>.</summary>
    /// <returns>The identifier in text form.</returns>
    public override string ToString() => Scheme + ":" + Value;
}
