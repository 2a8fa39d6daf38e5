using System.Collections.Generic;
using Sitrep.Actors;

namespace Sitrep.Datasets;

/// <summary>An incident's participants as a dataset row's two sides (<see cref="IncidentFields.Sides"/>).</summary>
/// <param name="First">Side one: the first perpetrator or party.</param>
/// <param name="Second">Side two: the first victim or target, else the second party.</param>
/// <param name="WithFirst">Further perpetrators and parties, allied with side one (ACLED's <c>assoc_actor_1</c>).</param>
/// <param name="WithSecond">Further victims and targets, with side two (<c>assoc_actor_2</c>).</param>
/// <param name="Neither">Witnesses, responders and intervening actors: on neither side.</param>
/// <param name="UnsureSides">How many of <paramref name="WithFirst"/> are parties whose side is not known (no victim or target tells).</param>
internal readonly record struct SideSplit(Actor? First, Actor? Second, List<Actor> WithFirst, List<Actor> WithSecond, List<Actor> Neither, int UnsureSides);
