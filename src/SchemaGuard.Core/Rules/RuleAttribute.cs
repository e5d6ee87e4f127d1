using System;

namespace SchemaGuard.Core.Rules
{
    /// <summary>
    /// Marks a <see cref="SqlRule"/> and names the page (<c>rules/SGxxxx.md</c>) its descriptor comes from. Rules are
    /// found by this attribute; there is no registry to edit.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
    public sealed class RuleAttribute : Attribute
    {
        /// <summary>Marks a rule class with its id.</summary>
        public RuleAttribute(string id) => Id = id;

        /// <summary>The rule's id (<c>SG1005</c>).</summary>
        public string Id { get; }
    }
}
