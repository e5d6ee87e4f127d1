using System.Collections.Generic;
using SchemaGuard.Core.Engine;
using SchemaGuard.Sql.Syntax;

namespace SchemaGuard.Core.Rules.Recoverability
{
    /// <summary>SG3006: <c>ALTER SESSION/SYSTEM SET</c> of an undocumented underscore parameter. See rules/SG3006.md.</summary>
    [Rule("SG3006")]
    public sealed class HiddenParameterRule : SqlRule
    {
        /// <inheritdoc />
        public override IReadOnlyCollection<StatementKind> Kinds { get; } = KindsOf(StatementKind.AlterSystem, StatementKind.AlterSession);

        /// <inheritdoc />
        public override void Analyze(RuleContext context)
        {
            string verb;
            IReadOnlyList<ParameterSetting> settings;
            switch (context.Statement)
            {
                case AlterSystemStatement system when system.Action == "SET":
                    verb = "ALTER SYSTEM";
                    settings = system.Settings;
                    break;
                case AlterSessionStatement session when session.Action == "SET":
                    verb = "ALTER SESSION";
                    settings = session.Settings;
                    break;
                default:
                    // RESET removes a hidden parameter, which is what this rule asks for.
                    return;
            }

            foreach (var setting in settings)
            {
                if (!setting.IsHidden) continue;
                string name = context.GetText(setting.Name);
                string scope = verb == "ALTER SYSTEM" && setting.Scope != null && setting.Scope.ToUpperInvariant() != "MEMORY"
                    ? " It is written to the server parameter file (SCOPE = " + setting.Scope.ToUpperInvariant() + ") and stays after a restart."
                    : string.Empty;
                context.Report(
                    setting.Name,
                    verb + " SET " + name + " sets an undocumented underscore parameter: its effect can change between patch sets, some such parameters disable consistency " +
                    "checks or corrupt data, and Oracle Support may decline a case on a database that sets them without its instruction." + scope,
                    "Remove the setting and use the documented parameter or feature that does the job. If Oracle Support asked for it, keep it with a suppression citing the service request:\n" +
                    "-- schemaguard-disable-next-line hidden-parameter -- SR <number> asked for it\n" + context.GetText(context.Statement) + ";");
            }
        }
    }
}
