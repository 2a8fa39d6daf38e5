using System;

namespace Sitrep.Datasets.Parsing;

/// <summary>Reads a typed value from field text, as the <see cref="FieldText"/> readers do.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="text">The field text.</param>
/// <param name="value">The value read.</param>
/// <returns>Whether the text held a value of the type.</returns>
internal delegate bool SpanParser<T>(ReadOnlySpan<char> text, out T value);
