namespace Sitrep.Datasets.Parsing;

/// <summary>What <see cref="RecordGuard"/> did to a record, for the reader to report on the row it stands for.</summary>
/// <param name="OutputLine">The line the tokenizer sees the row on.</param>
/// <param name="FileLine">The line the record starts on in the file.</param>
/// <param name="FileLines">How many lines of the file the record spans (the row stands for all of them).</param>
/// <param name="Kind">What was done.</param>
/// <param name="Length">The record's length in characters (for a skipped record, up to its end).</param>
/// <param name="Excerpt">The record's first characters, or for a repaired line the field that held the stray quote.</param>
/// <param name="Field">For a repaired line, the position of the field that held the stray quote; otherwise -1.</param>
internal readonly record struct GuardEvent(long OutputLine, long FileLine, int FileLines, GuardEventKind Kind, long Length, string Excerpt, int Field = -1);
