namespace Sitrep;

/// <summary>A strongly typed identifier: a string wrapped in a type so that ids of different things cannot be mixed.</summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IIdentifier<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>Gets the identifier text.</summary>
    string Value { get; }

    /// <summary>Creates an identifier from its text. Any string is accepted; validation reports bad ids.</summary>
    /// <param name="value">The identifier text.</param>
    /// <returns>The identifier.</returns>
    static abstract TSelf FromValue(string value);
}
