using System.Collections.Generic;
using System.Text;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>ALTER SYSTEM and ALTER SESSION, and the <c>name = value</c> settings they share.</summary>
    internal sealed partial class Parser
    {
        /// <summary>
        /// <code>
        /// ALTER SYSTEM { SET param = value [, value]... [COMMENT = 'text'] [DEFERRED] [CONTAINER = {CURRENT|ALL}]
        ///                  [SCOPE = {MEMORY|SPFILE|BOTH}] [SID = {'sid'|'*'}] [param = value ...]
        ///              | RESET param [SCOPE = ...] [SID = ...] ...
        ///              | KILL SESSION '...' | SWITCH LOGFILE | FLUSH {SHARED_POOL|BUFFER_CACHE|...} | CHECKPOINT | ... }
        /// PostgreSQL: ALTER SYSTEM { SET param {TO|=} {value|DEFAULT} | RESET {param|ALL} }
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-SYSTEM.html
        /// </summary>
        private Statement ParseAlterSystem(int start)
        {
            MoveAfterObjectKeyword(start);
            var settings = new List<ParameterSetting>();
            string action = ReadSettingsOrAction(settings, out var actionSpan);
            return new AlterSystemStatement(SpanFrom(start), action, actionSpan, settings);
        }

        /// <summary>
        /// <code>
        /// ALTER SESSION { SET param = value [param = value]... | SET EVENTS '...'
        ///               | {ENABLE|DISABLE|FORCE} PARALLEL {DML|DDL|QUERY} [PARALLEL n]
        ///               | {ENABLE|DISABLE} COMMIT IN PROCEDURE | {ENABLE|DISABLE} RESUMABLE ... | CLOSE DATABASE LINK l | ADVISE ... }
        /// </code>
        /// https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/ALTER-SESSION.html
        /// </summary>
        private Statement ParseAlterSession(int start)
        {
            MoveAfterObjectKeyword(start);
            var settings = new List<ParameterSetting>();
            string action = ReadSettingsOrAction(settings, out var actionSpan);
            return new AlterSessionStatement(SpanFrom(start), action, actionSpan, settings);
        }

        /// <summary>Puts the cursor after the object keyword of an ALTER statement starting at <paramref name="start"/>.</summary>
        private void MoveAfterObjectKeyword(int start)
        {
            _pos = start;
            _pos = FindObjectKeyword(1);
            Advance();
        }

        private string ReadSettingsOrAction(List<ParameterSetting> settings, out TextSpan actionSpan)
        {
            if (IsWord("SET") || IsWord("RESET"))
            {
                bool set = IsWord("SET");
                actionSpan = CurrentSpan;
                _pos++;
                settings.AddRange(ParseParameterSettings(set));
                return set ? "SET" : "RESET";
            }

            string action = ReadWords(3, out actionSpan);
            if (action.Length == 0) ReportMissing("SET or an action");
            SkipRestQuietly();
            return action;
        }

        /// <summary>
        /// Reads <c>name = value [options]</c> settings up to the end of the statement. Settings follow each other without
        /// a separator (Oracle) or after a comma; a value may be a list.
        /// </summary>
        private List<ParameterSetting> ParseParameterSettings(bool withValues)
        {
            var settings = new List<ParameterSetting>();
            while (!AtEnd && !AtStatementBoundary())
            {
                int start = _pos;
                var name = ParseSettingName();
                if (name == null)
                {
                    ReportMissing("a parameter name");
                    SkipToStatementEnd();
                    break;
                }

                Expression? value = null;
                var valueSpan = EmptySpanAfterPrevious();
                string? valueText = null;
                if (withValues)
                {
                    if (Is(SyntaxKind.Equals) || IsWord("TO")) _pos++;
                    int valueStart = _pos;
                    int valueEnd = FindParameterValueEnd(valueStart);
                    if (valueEnd > valueStart)
                    {
                        value = ParseBoundedExpression(valueStart, valueEnd);
                        valueSpan = SpanOfTokens(valueStart, valueEnd);
                        valueText = ValueTextOf(valueStart, valueEnd);
                    }
                    else
                    {
                        ReportMissing("a value");
                    }
                }

                string? scope = null;
                string? sid = null;
                while (true)
                {
                    if (TryEatWord("DEFERRED")) continue;
                    if (IsAnyWord("SCOPE", "SID", "COMMENT", "CONTAINER") && Is(SyntaxKind.Equals, 1))
                    {
                        bool isScope = IsWord("SCOPE");
                        bool isSid = IsWord("SID");
                        _pos += 2;
                        int optionValue = _pos;
                        Advance();
                        string? text = ValueTextOf(optionValue, _pos);
                        if (isScope) scope = text?.ToUpperInvariant();
                        else if (isSid) sid = text;
                        continue;
                    }

                    break;
                }

                settings.Add(new ParameterSetting(SpanFrom(start), name, value, valueSpan, valueText, scope, sid));
                TryEat(SyntaxKind.Comma);
                if (_pos == start) _pos++;
            }

            return settings;
        }

        /// <summary>A parameter name: a word or quoted name (<c>"_x"</c>), or a dotted custom setting (<c>myext.level</c>) as one identifier.</summary>
        private Identifier? ParseSettingName()
        {
            int start = _pos;
            var first = ParseIdentifier();
            if (first == null || !Is(SyntaxKind.Dot) || !IsIdentifierKind(Peek(1).Kind)) return first;
            var sb = new StringBuilder(first.Text);
            while (Is(SyntaxKind.Dot) && IsIdentifierKind(Peek(1).Kind))
            {
                _pos++;
                sb.Append('.').Append(ParseIdentifier()!.Text);
            }

            string text = sb.ToString();
            return new Identifier(SpanFrom(start), text, false, NameNormalizer.Normalize(text, false, _dialect));
        }

        /// <summary>
        /// Where a setting's value ends: before SCOPE=, SID=, COMMENT=, CONTAINER=, DEFERRED, or the next <c>name =</c>
        /// (and the comma before it); a value list with commas stays whole.
        /// </summary>
        private int FindParameterValueEnd(int from)
        {
            int depth = 0;
            for (int i = from; i < _end; i++)
            {
                var kind = _tokens[i].Kind;
                if (IsOpener(kind))
                {
                    depth++;
                    continue;
                }

                if (IsCloser(kind))
                {
                    if (depth > 0) depth--;
                    continue;
                }

                if (depth > 0 || i == from) continue;
                if (kind == SyntaxKind.Semicolon) return i;
                bool nextIsEquals = i + 1 < _end && _tokens[i + 1].Kind == SyntaxKind.Equals;
                if (_tokens.IsWord(i, "DEFERRED")) return i;
                if (nextIsEquals && (kind == SyntaxKind.Word || kind == SyntaxKind.QuotedIdentifier))
                {
                    return _tokens[i - 1].Kind == SyntaxKind.Comma && i - 1 > from ? i - 1 : i;
                }
            }

            return _end;
        }

        /// <summary>The upper-cased, single-spaced text of tokens [from, to).</summary>
        private string UpperWords(int from, int to)
        {
            var sb = new StringBuilder();
            for (int i = from; i < to; i++)
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(_tokens.GetText(i).ToUpperInvariant());
            }

            return sb.ToString();
        }
    }
}
