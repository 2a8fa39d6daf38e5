namespace Sitrep.Datasets;

/// <summary>One column check: its kind, whether it must have a value, and numeric bounds.</summary>
/// <param name="Column">The column name, lower-case.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Required">Whether an empty field rejects the row.</param>
/// <param name="Min">The lowest number allowed.</param>
/// <param name="Max">The highest number allowed.</param>
internal readonly record struct FieldCheck(string Column, FieldKind Kind, bool Required = false, double Min = double.MinValue, double Max = double.MaxValue);
