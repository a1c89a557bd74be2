using GovBudget.Rules.Diagnostics;

namespace GovBudget.Rules.Parsing;

/// <summary>
/// Rejects rule text nested deeper than the parser may recurse, before parsing starts: a stack overflow cannot be
/// caught in .NET, so a hostile file must never reach the recursive parts of the grammar.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The deepest nesting of parentheses, brackets, <c>if</c>s and prefix operators accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Returns a diagnostic for the first place nested deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static RuleDiagnostic? Check(string text, string file)
    {
        var depth = 0;
        var prefixRun = 0;
        var line = 1;
        var column = 1;
        var operandEnded = false;

        // An if stays open to the end of its expression (its else branch), which the text marks only by the closing
        // parenthesis around it or the next clause: an else-if chain is as deep as it is long.
        var openIfs = 0;
        var ifsOutside = new Stack<int>();
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    line++;
                    column = 0;
                    continue;
                case '"':
                    for (i++, column++; i < text.Length && text[i] is not ('"' or '\n'); i++, column++)
                    {
                    }

                    operandEnded = true;
                    prefixRun = 0;
                    continue;
                case '#':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    continue;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    goto case '#';
                case '(' or '[':
                    depth++;
                    ifsOutside.Push(openIfs);
                    operandEnded = false;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    openIfs = ifsOutside.Count > 0 ? ifsOutside.Pop() : 0;
                    operandEnded = true;
                    prefixRun = 0;
                    continue;
                case '-' when !operandEnded:
                    prefixRun++;
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        continue;
                    }

                    if (char.IsLetterOrDigit(c) || c == '_')
                    {
                        var start = i;
                        while (i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '_' or '.'))
                        {
                            i++;
                        }

                        var word = text[start..(i + 1)];
                        column += i - start;
                        if (word is "if")
                        {
                            openIfs++;
                            operandEnded = false;
                        }
                        else if (word is "rule" or "check" or "where" or "for" or "table" or "include" or "tolerance")
                        {
                            openIfs = 0;
                            ifsOutside.Clear();
                            operandEnded = false;
                        }
                        else if (word is "not" or "then" or "else")
                        {
                            prefixRun++;
                            operandEnded = false;
                        }
                        else if (word is "and" or "or")
                        {
                            operandEnded = false;
                        }
                        else
                        {
                            operandEnded = true;
                            prefixRun = 0;
                        }

                        break;
                    }

                    operandEnded = false;
                    break;
            }

            if (depth + openIfs + prefixRun > MaxDepth)
            {
                return new RuleDiagnostic(new SourceSpan(file, line, column),
                    RuleTexts.T("Parse.NestTooDeep", MaxDepth));
            }
        }

        return null;
    }
}
