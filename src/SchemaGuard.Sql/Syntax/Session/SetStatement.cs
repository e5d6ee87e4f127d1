using System.Collections.Generic;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// A SET statement: T-SQL <c>SET NOCOUNT ON</c>, <c>SET @x = 1</c>; PostgreSQL <c>SET [LOCAL] name {=|TO} value</c>;
    /// MySQL <c>SET FOREIGN_KEY_CHECKS = 0</c>, <c>SET @@session.x = 1</c>, <c>SET NAMES utf8mb4</c>; <c>SET TRANSACTION ...</c>,
    /// <c>SET ROLE ...</c>, <c>SET CONSTRAINTS ALL DEFERRED</c>. For forms without a value operator the words after the
    /// name are the value (<c>TRANSACTION</c> → <c>ISOLATION LEVEL SERIALIZABLE</c>).
    /// </summary>
    public sealed class SetStatement : Statement
    {
        private readonly ParameterSetting? _first;

        internal SetStatement(TextSpan span, ParameterSetting? first, IReadOnlyList<ParameterSetting> additionalSettings)
            : base(StatementKind.Set, span)
        {
            _first = first;
            AdditionalSettings = additionalSettings;
        }

        /// <summary>
        /// What is set: an option (<c>NOCOUNT</c>, <c>search_path</c>, <c>TRANSACTION</c>), a system variable without its
        /// <c>@@</c> and scope prefix (<c>@@session.sql_mode</c> → <c>sql_mode</c>), or a user variable with its <c>@</c>.
        /// </summary>
        public Identifier? Name => _first?.Name;

        /// <summary>The value (for a list such as <c>search_path = a, b</c>, the whole list); null when there is none.</summary>
        public Expression? Value => _first?.Value;

        /// <summary>Where the value is (empty when there is none).</summary>
        public TextSpan ValueSpan => _first?.ValueSpan ?? default;

        /// <summary>The value as written, or its content when it is a single string literal; null when there is none.</summary>
        public string? ValueText => _first?.ValueText;

        /// <summary><c>SESSION</c>, <c>LOCAL</c>, <c>GLOBAL</c>, <c>PERSIST</c> or <c>PERSIST_ONLY</c> when written (also as <c>@@global.</c>); null otherwise.</summary>
        public string? Scope => _first?.Scope;

        /// <summary>Further settings of the same statement: MySQL <c>SET a = 1, b = 2</c>, T-SQL <c>SET ANSI_NULLS, QUOTED_IDENTIFIER ON</c>.</summary>
        public IReadOnlyList<ParameterSetting> AdditionalSettings { get; }

        /// <summary>Every setting of the statement, the first (<see cref="Name"/>, <see cref="Value"/>) included.</summary>
        public IEnumerable<ParameterSetting> GetSettings()
        {
            if (_first != null) yield return _first;
            foreach (var setting in AdditionalSettings) yield return setting;
        }
    }
}
