using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>SET statements of every dialect.</summary>
    internal sealed partial class Parser
    {
        private static readonly HashSet<string> SetScopeWords = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "SESSION", "LOCAL", "GLOBAL", "PERSIST", "PERSIST_ONLY",
        };

        /// <summary>
        /// <code>
        /// SET [SESSION | LOCAL] name {TO | =} {value [, ...] | DEFAULT}                       (PostgreSQL)
        /// SET [GLOBAL | SESSION | PERSIST | PERSIST_ONLY] name = expr [, ...], SET @v = expr,
        ///     SET @@[scope.]name = expr, SET NAMES cs [COLLATE c], SET CHARACTER SET cs       (MySQL)
        /// SET option {ON | OFF | value}, SET opt1, opt2 ON, SET @v {= | += | ...} expr          (T-SQL)
        /// SET TRANSACTION ..., SET ROLE ..., SET CONSTRAINT[S] {ALL | c} {DEFERRED | IMMEDIATE} (all)
        /// </code>
        /// https://www.postgresql.org/docs/current/sql-set.html, https://dev.mysql.com/doc/refman/8.4/en/set-variable.html,
        /// https://learn.microsoft.com/sql/t-sql/statements/set-statements-transact-sql
        /// </summary>
        private Statement ParseSet(int start)
        {
            _pos = start + 1;
            int end = ScanToStatementEnd();
            var settings = new List<ParameterSetting>();
            while (_pos < end)
            {
                int settingStart = _pos;
                string? scope = null;
                if (Is(SyntaxKind.Word) && SetScopeWords.Contains(CurrentText) && _pos + 1 < end &&
                    (IsIdentifierKind(Peek(1).Kind) || Peek(1).Kind == SyntaxKind.Parameter))
                {
                    scope = CurrentText.ToUpperInvariant();
                    _pos++;
                }

                var names = new List<(int Start, Identifier Name)>();
                var name = ParseSetName(ref scope);
                if (name == null)
                {
                    ReportMissing("what to set");
                    SkipToStatementEnd();
                    break;
                }

                names.Add((settingStart, name));

                // T-SQL SET ANSI_NULLS, QUOTED_IDENTIFIER ON: the names share the value after the last.
                while (Is(SyntaxKind.Comma) && _pos + 1 < end && IsIdentifierKind(Peek(1).Kind))
                {
                    _pos++;
                    int nextStart = _pos;
                    string? ignored = null;
                    names.Add((nextStart, ParseSetName(ref ignored)!));
                }

                if (Is(SyntaxKind.Equals) || Is(SyntaxKind.Assign) || IsWord("TO")) _pos++;
                else if (IsCompoundAssignment()) _pos += 2;

                int valueStart = _pos;
                int valueEnd = FindSetValueEnd(valueStart, end);
                Expression? value = valueEnd > valueStart ? ParseBoundedExpression(valueStart, valueEnd) : null;
                var valueSpan = valueEnd > valueStart ? SpanOfTokens(valueStart, valueEnd) : EmptySpanAfterPrevious();
                string? valueText = ValueTextOf(valueStart, valueEnd);
                _pos = valueEnd;
                for (int i = 0; i < names.Count; i++)
                {
                    var ownValue = i == 0 || value == null ? value : new RawExpression(valueSpan);
                    settings.Add(new ParameterSetting(SpanFrom(names[i].Start), names[i].Name, ownValue, valueSpan, valueText, scope, null));
                }

                if (!TryEat(SyntaxKind.Comma)) break;
            }

            _pos = System.Math.Max(_pos, end);
            var additional = new List<ParameterSetting>();
            for (int i = 1; i < settings.Count; i++) additional.Add(settings[i]);
            return new SetStatement(SpanFrom(start), settings.Count > 0 ? settings[0] : null, additional);
        }

        /// <summary>T-SQL <c>+=</c>, <c>-=</c>, <c>*=</c>, <c>/=</c>, <c>%=</c>, <c>|=</c>, <c>&amp;=</c>, <c>^=</c>.</summary>
        private bool IsCompoundAssignment()
        {
            if (!Is(SyntaxKind.Equals, 1) || Peek(1).Start != Current.End) return false;
            var kind = Current.Kind;
            return kind == SyntaxKind.Plus || kind == SyntaxKind.Minus || kind == SyntaxKind.Asterisk || kind == SyntaxKind.Slash ||
                kind == SyntaxKind.Percent || kind == SyntaxKind.Operator;
        }

        /// <summary>
        /// The name being set: <c>@v</c> (kept with its <c>@</c>), <c>@@[scope.]name</c> (without them, the scope returned),
        /// <c>TIME ZONE</c>, <c>CHARACTER SET</c>, or a possibly dotted name.
        /// </summary>
        private Identifier? ParseSetName(ref string? scope)
        {
            int start = _pos;
            if (Is(SyntaxKind.Parameter))
            {
                string text = _tokens.GetText(_pos);
                var span = Current.Span;
                _pos++;
                if (!text.StartsWith("@@", System.StringComparison.Ordinal)) return IdentifierFromToken(start, text, span);
                string body = text.Substring(2);
                if (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind) && SetScopeWords.Contains(body))
                {
                    scope = body.ToUpperInvariant();
                    _pos++;
                    return ParseSettingName();
                }

                return IdentifierFromToken(start, body, span);
            }

            if ((IsWord("TIME") && IsWord("ZONE", 1)) || (IsWord("CHARACTER") && IsWord("SET", 1)))
            {
                string text = CurrentText.ToUpperInvariant() + " " + _tokens.GetText(_pos + 1).ToUpperInvariant();
                _pos += 2;
                return new Identifier(SpanFrom(start), text, false, NameNormalizer.Normalize(text, false, _dialect));
            }

            return ParseSettingName();
        }

        /// <summary>Where a SET value ends: the statement end, or a depth-0 comma before another setting (<c>, b = 2</c>, <c>, @x = 1</c>).</summary>
        private int FindSetValueEnd(int from, int end)
        {
            int depth = 0;
            for (int i = from; i < end; i++)
            {
                var kind = _tokens[i].Kind;
                if (IsOpener(kind)) depth++;
                else if (IsCloser(kind)) { if (depth > 0) depth--; }
                else if (depth == 0 && kind == SyntaxKind.Semicolon) return i;
                else if (depth == 0 && kind == SyntaxKind.Comma && StartsSetting(i + 1, end)) return i;
            }

            return end;
        }

        private bool StartsSetting(int i, int end)
        {
            if (i + 1 >= end) return false;
            var kind = _tokens[i].Kind;
            var next = _tokens[i + 1].Kind;
            bool assigns = next == SyntaxKind.Equals || next == SyntaxKind.Assign;
            if (kind == SyntaxKind.Parameter) return assigns || _tokens[i].Length > 2 && _text[_tokens[i].Start + 1] == '@';
            if (kind == SyntaxKind.Word && SetScopeWords.Contains(_tokens.GetText(i)) && IsIdentifierKind(next)) return true;
            return (kind == SyntaxKind.Word || kind == SyntaxKind.QuotedIdentifier) && assigns;
        }
    }
}
