using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SchemaGuard.Sql.Text;

namespace SchemaGuard.Sql.Syntax
{
    /// <summary>
    /// Base of every syntax node. A node knows its span in the original text; line and column are computed
    /// only when something is reported.
    /// </summary>
    public abstract class SyntaxNode
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ChildProperties = new ConcurrentDictionary<Type, PropertyInfo[]>();

        /// <summary>Creates a node covering <paramref name="span"/>.</summary>
        protected SyntaxNode(TextSpan span) => Span = span;

        /// <summary>The text the node covers, from its first token to its last (no leading trivia).</summary>
        public TextSpan Span { get; internal set; }

        /// <summary>
        /// The node's children in declaration order: every property whose type is a node, or a list of nodes.
        /// Used by tree dumps, invariant tests and generic walks; rules read the typed properties instead.
        /// </summary>
        public IEnumerable<SyntaxNode> ChildNodes()
        {
            // Convenience properties (ObjectName.Name is also the last of its Parts) would repeat a child; each is yielded once.
            var seen = new HashSet<SyntaxNode>(ReferenceComparer.Instance);
            foreach (var property in GetChildProperties(GetType()))
            {
                object? value = property.GetValue(this);
                if (value is SyntaxNode node)
                {
                    if (seen.Add(node)) yield return node;
                }
                else if (value is IEnumerable list && !(value is string))
                {
                    foreach (var item in list)
                    {
                        if (item is SyntaxNode child && seen.Add(child)) yield return child;
                    }
                }
            }
        }

        /// <summary>This node and all below it, depth first.</summary>
        public IEnumerable<SyntaxNode> DescendantsAndSelf()
        {
            var stack = new Stack<SyntaxNode>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                yield return node;
                var children = node.ChildNodes().ToList();
                for (int i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
            }
        }

        /// <summary>The public properties of a node type that hold children, in the order <see cref="ChildNodes"/> reads them.</summary>
        internal static PropertyInfo[] GetChildProperties(Type type) => ChildProperties.GetOrAdd(type, FindChildProperties);

        /// <summary>Whether a property of this type holds a node or a list of nodes.</summary>
        internal static bool IsChildType(Type t)
        {
            if (typeof(SyntaxNode).IsAssignableFrom(t)) return true;
            if (t == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(t)) return false;
            var element = t.IsArray ? t.GetElementType() : t.GetGenericArguments().FirstOrDefault();
            return element != null && typeof(SyntaxNode).IsAssignableFrom(element);
        }

        /// <summary>A type's public instance properties (indexers left out), base class first, each class's in declaration order.</summary>
        internal static IEnumerable<PropertyInfo> PublicPropertiesInDeclarationOrder(Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .OrderBy(p => DeclarationDepth(p.DeclaringType!))
                .ThenBy(p => p.MetadataToken);

        private static PropertyInfo[] FindChildProperties(Type type) =>
            PublicPropertiesInDeclarationOrder(type).Where(p => IsChildType(p.PropertyType) && !p.IsDefined(typeof(DerivedViewAttribute), true)).ToArray();

        private static int DeclarationDepth(Type t)
        {
            int depth = 0;
            for (var b = t.BaseType; b != null; b = b.BaseType) depth++;
            return depth;
        }

        /// <summary>Compares nodes by identity, whatever equality a node type defines.</summary>
        internal sealed class ReferenceComparer : IEqualityComparer<SyntaxNode>
        {
            internal static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(SyntaxNode obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
