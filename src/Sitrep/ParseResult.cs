namespace Sitrep;

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The parsed type.</typeparam>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue<T>(T value) => new(value, null, -1);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The type that could not be parsed.</typeparam>
    /// <param name="error">What was wrong, in a sentence a user can act on.</param>
    /// <param name="position">The zero-based position in the text where the problem was found.</param>
    /// <returns>A failed result.</returns>
    public static ParseResult<T> ForError<T>(string error, int position)
    {
        Preconditions.CheckNotNull(error, nameof(error));
        return new(default!, error, position);
    }
}
