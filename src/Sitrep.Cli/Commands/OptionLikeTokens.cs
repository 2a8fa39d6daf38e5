using System.CommandLine;
using System.CommandLine.Parsing;

namespace Sitrep.Cli.Commands;

/// <summary>
/// A file argument never takes a token that looks like an option: <c>sitrep validate --frm acled x.json</c> is an
/// unknown option <c>--frm</c>, named as such, not two missing files called <c>--frm</c> and <c>acled</c>. A lone
/// <c>-</c> is standard input; a file whose name starts with <c>-</c> is given as <c>./-name</c>.
/// </summary>
internal static class OptionLikeTokens
{
    internal static TArgument Refused<TArgument>(this TArgument argument)
        where TArgument : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}' (a file whose name starts with '-' is given as ./{token.Value}). See --help for the options of this command.");
                    return;
                }
            }
        });
        return argument;
    }
}
