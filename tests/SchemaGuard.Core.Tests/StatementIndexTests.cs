using System.Collections.Generic;
using System.Linq;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql;
using SchemaGuard.Sql.Dialects;
using SchemaGuard.Sql.Syntax;
using SchemaGuard.Sql.Text;
using Xunit;

namespace SchemaGuard.Core.Tests
{
    /// <summary>The per-file index over nested statements (PL/SQL blocks arrive with the PL/SQL parser; here trees are built by hand).</summary>
    public class StatementIndexTests
    {
        private static readonly SqlScript Script = SqlScript.Parse(new string(' ', 200), SqlDialect.Oracle);

        [Fact]
        public void Nested_statements_are_indexed_in_text_order_with_their_parents()
        {
            var inner = new Fake("inner", StatementKind.Other, 32, 40);
            var nestedBlock = new Fake("nested block", StatementKind.Block, 30, 45, inner);
            var late = new Fake("late", StatementKind.Other, 50, 60);
            var early = new Fake("early", StatementKind.Select, 10, 20);
            var block = new Fake("block", StatementKind.Block, 0, 100, late, early, nestedBlock);
            var next = new Fake("next", StatementKind.Other, 150, 160);

            var index = StatementIndex.Build(Script, new Statement[] { block, next });

            Assert.Equal(new[] { "block", "early", "nested block", "inner", "late", "next" }, index.All.Cast<Fake>().Select(s => s.Name));
            Assert.Null(index.ParentOf(block));
            Assert.Same(block, index.ParentOf(early));
            Assert.Same(block, index.ParentOf(nestedBlock));
            Assert.Same(nestedBlock, index.ParentOf(inner));
            Assert.Same(block, index.ParentOf(late));
            Assert.Null(index.ParentOf(next));
            Assert.Equal(new[] { "inner", "late", "next" }, index.OfKind(StatementKind.Other).Cast<Fake>().Select(s => s.Name));
            Assert.Equal(new[] { "block", "nested block" }, index.OfKind(StatementKind.Block).Cast<Fake>().Select(s => s.Name));
            Assert.Empty(index.OfKind(StatementKind.Delete));
        }

        [Theory]
        [InlineData(35, "inner")]
        [InlineData(32, "inner")]
        [InlineData(44, "nested block")]
        [InlineData(25, "block")]
        [InlineData(0, "block")]
        [InlineData(155, "next")]
        [InlineData(120, null)]
        [InlineData(199, null)]
        public void Innermost_statement_at_an_offset(int offset, string? expected)
        {
            var inner = new Fake("inner", StatementKind.Other, 32, 40);
            var block = new Fake("block", StatementKind.Block, 0, 100, new Fake("nested block", StatementKind.Block, 30, 45, inner));
            var index = StatementIndex.Build(Script, new Statement[] { block, new Fake("next", StatementKind.Other, 150, 160) });
            Assert.Equal(expected, (index.Innermost(offset) as Fake)?.Name);
        }

        [Fact]
        public void Token_range_of_a_span()
        {
            var script = SqlScript.Parse("GRANT a TO b; SELECT 1 FROM dual;", SqlDialect.Oracle);
            var (first, end) = StatementIndex.TokenRange(script.Tokens, script.Statements[1].Span);
            Assert.Equal("SELECT", script.Tokens.GetText(first));
            Assert.Equal("dual", script.Tokens.GetText(end - 1));
        }

        private sealed class Fake : Statement
        {
            public Fake(string name, StatementKind kind, int start, int end, params Statement[] body)
                : base(kind, TextSpan.FromBounds(start, end))
            {
                Name = name;
                Body = body;
            }

            public string Name { get; }

            public IReadOnlyList<Statement> Body { get; }
        }
    }
}
