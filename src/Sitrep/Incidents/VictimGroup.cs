namespace Sitrep.Incidents;

/// <summary>
/// Who a casualty count counts: a named actor ("PMF fighters"), a category ("civilians"), or both
/// ("security forces" of Iraq).
/// </summary>
/// <param name="Category">The category; <see cref="VictimCategory.Unknown"/> when not stated.</param>
/// <param name="Actor">The actor the victims belong to, when known.</param>
/// <param name="Description">The words the source uses ("members of the security forces"), when useful.</param>
public readonly record struct VictimGroup(VictimCategory Category, ActorId? Actor = null, string? Description = null);
