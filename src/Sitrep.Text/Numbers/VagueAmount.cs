namespace Sitrep.Text.Numbers;

/// <summary>
/// What a vague amount is taken to mean: at least <paramref name="Low"/> and, when given, at most
/// <paramref name="High"/>. The defaults read the words in plain English (<c>dozens</c> is at least 24); a user who
/// codes as ACLED does can say <c>dozens</c> is 12. Conventions are options, never hidden constants.
/// </summary>
/// <param name="Phrase">The words, in lower case (<c>dozens</c>, <c>a few</c>, <c>tens of thousands</c>).</param>
/// <param name="Low">The smallest count the words allow.</param>
/// <param name="High">The largest, or <see langword="null"/> when they set no upper bound.</param>
public sealed record VagueAmount(string Phrase, long Low, long? High);
