using System.Collections.Generic;
using SchemaGuard.Sql.Lexing;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Sql.Parsing
{
    /// <summary>COMMENT ON and RENAME.</summary>
    internal sealed partial class Parser
    {
        // Oracle:     COMMENT ON {TABLE | COLUMN | MATERIALIZED VIEW | OPERATOR | INDEXTYPE | MINING MODEL | EDITION} name IS 'text'
        // PostgreSQL: COMMENT ON object_kind name [ON table] IS {'text' | NULL}   (CONSTRAINT c ON t, TRIGGER t ON tbl, FUNCTION f(args), ...)
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/COMMENT.html
        // https://www.postgresql.org/docs/current/sql-comment.html
        private Statement ParseComment(int start)
        {
            if (!IsWord("ON", 1)) return ParseOther(StatementKind.Other, start, "COMMENT");
            _pos = start + 2;
            int kindStart = _pos;
            int kindWords = CommentTargetKindLength();
            _pos += kindWords;
            string kind = KeywordText(kindStart, _pos);
            var target = ParseObjectName();
            if (target == null || kindWords == 0)
            {
                ReportExpected(kindWords == 0 ? "an object kind" : "an object name");
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "COMMENT") { IsPartial = true };
            }

            // FUNCTION f(args), AGGREGATE a(args), OPERATOR +(a, b): the signature is not read.
            if (Is(SyntaxKind.OpenParen)) SkipBalancedQuietly();
            ObjectName? parent = null;
            if (TryEatWord("ON"))
            {
                TryEatWord("DOMAIN");
                parent = ExpectObjectName("a table name");
            }

            while (!AtEnd && !IsWord("IS")) SkipBalanced();
            Expression? text = null;
            if (ExpectWord("IS"))
            {
                text = ParseActionExpression();
            }

            return new CommentStatement(SpanFrom(start), kind, target, parent, text);
        }

        /// <summary>How many words name the kind of object after COMMENT ON (<c>COLUMN</c>: 1, <c>MATERIALIZED VIEW</c>: 2).</summary>
        private int CommentTargetKindLength()
        {
            if (!Is(SyntaxKind.Word)) return 0;
            if (IsWord("TEXT") && IsWord("SEARCH", 1)) return 3;
            if (IsWord("FOREIGN") && IsWord("DATA", 1)) return 3;
            if (IsWord("OPERATOR") && (IsWord("CLASS", 1) || IsWord("FAMILY", 1))) return 2;
            if ((IsWord("MATERIALIZED") && IsWord("VIEW", 1)) || (IsWord("FOREIGN") && IsWord("TABLE", 1)) ||
                (IsWord("ACCESS") && IsWord("METHOD", 1)) || (IsWord("EVENT") && IsWord("TRIGGER", 1)) ||
                (IsWord("LARGE") && IsWord("OBJECT", 1)) || (IsWord("MINING") && IsWord("MODEL", 1)) ||
                (IsWord("PROCEDURAL") && IsWord("LANGUAGE", 1)) || (IsWord("AUDIT") && IsWord("POLICY", 1)))
            {
                return 2;
            }

            return 1;
        }

        // Oracle: RENAME old TO new        MySQL: RENAME TABLE a TO b [, c TO d] ...
        // https://docs.oracle.com/en/database/oracle/oracle-database/23/sqlrf/RENAME.html
        // https://dev.mysql.com/doc/refman/8.0/en/rename-table.html
        private Statement ParseRename(int start)
        {
            _pos = start + 1;
            if (IsWord("USER")) return ParseOther(StatementKind.Other, start, "RENAME USER");
            TryEatWord("TABLE");
            var pairs = new List<RenamePair>();
            while (!AtEnd)
            {
                int s = _pos;
                var from = ExpectObjectName("a table name");
                if (from == null || !ExpectWord("TO")) break;
                var to = ExpectObjectName("a new table name");
                if (to == null) break;
                pairs.Add(new RenamePair(SpanFrom(s), from, to));
                if (!TryEat(SyntaxKind.Comma)) break;
            }

            if (pairs.Count == 0)
            {
                SkipToStatementEnd();
                return new OtherStatement(StatementKind.Other, SpanFrom(start), "RENAME") { IsPartial = true };
            }

            return new RenameStatement(SpanFrom(start), pairs);
        }
    }
}
