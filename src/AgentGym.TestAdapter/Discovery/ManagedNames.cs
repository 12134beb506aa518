using System.Globalization;
using System.Reflection;
using System.Text;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>
/// Writes the <c>ManagedType</c> and <c>ManagedMethod</c> names that Test Explorer uses to find a test's type and method
/// (vstest RFC 0017): <c>Namespace.Outer+Inner`1</c> and <c>Method(System.String,System.Int32[])</c>.
/// </summary>
internal static class ManagedNames
{
    /// <summary>Writes a type's managed name: its namespace, then each nesting level joined by '+', with generic arity.</summary>
    /// <param name="type">The type (a generic type definition for generic types).</param>
    /// <returns>The name.</returns>
    public static string TypeName(Type type)
    {
        var levels = new Stack<string>();
        for (var current = type; current is not null; current = current.DeclaringType)
            levels.Push(EscapeWithArity(current.Name));
        var prefix = string.IsNullOrEmpty(type.Namespace) ? string.Empty : string.Join('.', type.Namespace.Split('.').Select(Escape)) + ".";
        return prefix + string.Join('+', levels);
    }

    /// <summary>Writes a method's managed name: its name, generic arity and parameter types (omitted when there are none).</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name.</returns>
    public static string MethodName(MethodInfo method)
    {
        var name = Escape(method.Name);
        if (method.IsGenericMethodDefinition)
            name += "`" + method.GetGenericArguments().Length.ToString(CultureInfo.InvariantCulture);
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? name : $"{name}({string.Join(',', parameters.Select(p => ParameterTypeName(p.ParameterType)))})";
    }

    private static string ParameterTypeName(Type type)
    {
        if (type.IsGenericMethodParameter)
            return "!!" + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        if (type.IsGenericTypeParameter)
            return "!" + type.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        if (type.HasElementType)
        {
            var element = ParameterTypeName(type.GetElementType()!);
            if (type.IsArray)
                return element + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            return type.IsPointer ? element + "*" : element;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
            return $"{TypeName(type.GetGenericTypeDefinition())}<{string.Join(',', type.GetGenericArguments().Select(ParameterTypeName))}>";
        return TypeName(type);
    }

    private static string EscapeWithArity(string name)
    {
        var tick = name.LastIndexOf('`');
        if (tick > 0 && tick < name.Length - 1 && !name.AsSpan(tick + 1).ContainsAnyExceptInRange('0', '9'))
            return Escape(name[..tick]) + name[tick..];
        return Escape(name);
    }

    private static string Escape(string identifier)
    {
        if (IsIdentifier(identifier))
            return identifier;
        var escaped = new StringBuilder("'");
        foreach (var c in identifier)
            escaped.Append(c is '\'' or '\\' ? "\\" + c : c.ToString());
        return escaped.Append('\'').ToString();
    }

    private static bool IsIdentifier(string identifier)
    {
        if (identifier.Length == 0 || char.GetUnicodeCategory(identifier[0]) == UnicodeCategory.DecimalDigitNumber)
            return false;
        foreach (var c in identifier)
        {
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format:
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }
}
