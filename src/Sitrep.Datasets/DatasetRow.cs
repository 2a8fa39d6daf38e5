using System.Diagnostics.CodeAnalysis;
using Sitrep.Validation;

namespace Sitrep.Datasets;

/// <summary>
/// One data row as read: the record when the row was accepted, and the row's diagnostics. Every data row of a file
/// yields one of these, accepted or rejected, so nothing is dropped silently. The shape is the library's result
/// shape: <see cref="Success"/>, <see cref="Value"/> (throws for a rejected row), <see cref="TryGetValue"/> and
/// <see cref="Diagnostics"/>.
/// </summary>
/// <typeparam name="TRecord">The record type of the format.</typeparam>
public sealed class DatasetRow<TRecord>
    where TRecord : class
{
    private readonly TRecord? record;

    /// <summary>Initializes a row.</summary>
    /// <param name="line">The one-based line the row starts on.</param>
    /// <param name="record">The record, or <see langword="null"/> when the row was rejected.</param>
    /// <param name="diagnostics">What was found; a rejected row has at least one error.</param>
    public DatasetRow(long line, TRecord? record, ValueArray<Diagnostic> diagnostics)
    {
        Line = line;
        this.record = record;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the one-based line the row starts on.</summary>
    public long Line { get; }

    /// <summary>Gets a value indicating whether the row was accepted as a record (warnings allowed).</summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool Success => record is not null;

    /// <summary>Gets the record.</summary>
    /// <exception cref="DiagnosticException">The row was rejected; its diagnostics say why. Check <see cref="Success"/> first or use <see cref="TryGetValue"/>.</exception>
    public TRecord Value => record ?? throw new DiagnosticException(Diagnostics);

    /// <summary>Gets the record, or <see langword="null"/> when the row was rejected.</summary>
    public TRecord? ValueOrNull => record;

    /// <summary>Gets what was found on the row.</summary>
    public ValueArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the record when the row was accepted.</summary>
    /// <param name="value">The record, or <see langword="null"/> for a rejected row.</param>
    /// <returns>Whether the row was accepted.</returns>
    public bool TryGetValue([NotNullWhen(true)] out TRecord? value)
    {
        value = record;
        return value is not null;
    }

    /// <summary>Returns the line and the record, or the line and the first error.</summary>
    /// <returns>A debugging representation.</returns>
    public override string ToString() =>
        record is not null ? $"line {Line}: {record}" : $"line {Line}: " + new DiagnosticException(Diagnostics).Message;
}
