namespace Sitrep;

/// <summary>Lets the JSON writer see, without reflection, that a property is an empty <see cref="ValueArray{T}"/>.</summary>
internal interface IValueArray
{
    bool IsEmpty { get; }
}
