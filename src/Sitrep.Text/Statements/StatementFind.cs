using System.Collections.Generic;
using Sitrep.Text.Actors;

namespace Sitrep.Text.Statements;

/// <summary>A statement with the token of its cue and the speakers' references, for the assembler.</summary>
internal sealed record StatementFind(StatementMention Mention, int Cue, List<ActorRef> Speakers);
