using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;

namespace Zenput.Sla.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which others, read by reflection: every type's base type,
/// interfaces, fields, properties, events, method and constructor signatures, local variables, and
/// every type, method and field that the method bodies' IL refers to. Compiler-generated types
/// (lambdas, iterators, local functions) count for the namespace of the type they are nested in.
/// </summary>
internal sealed class NamespaceDependencies
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Assembly _assembly;
    private readonly string _root;
    private readonly Dictionary<(string From, string To), string> _edges = [];

    private NamespaceDependencies(Assembly assembly, string root)
    {
        _assembly = assembly;
        _root = root;
    }

    /// <summary>Gets every namespace of the assembly under the root that declares a type.</summary>
    public IReadOnlySet<string> Namespaces { get; private set; } = new HashSet<string>();

    /// <summary>Gets each dependency between two different namespaces, with one place that causes it (for messages).</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    /// <summary>Reads the dependencies between the namespaces under <paramref name="root"/> in <paramref name="assembly"/>.</summary>
    public static NamespaceDependencies Of(Assembly assembly, string root)
    {
        var result = new NamespaceDependencies(assembly, root);
        result.Read();
        return result;
    }

    private void Read()
    {
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _assembly.GetTypes())
        {
            if (!IsOurs(type))
            {
                continue;
            }

            namespaces.Add(type.Namespace!);
            ReadType(type);
        }

        Namespaces = namespaces;
    }

    private bool IsOurs(Type type) =>
        type.Assembly == _assembly && type.Namespace is { } ns && (ns == _root || ns.StartsWith(_root + ".", StringComparison.Ordinal));

    private void ReadType(Type type)
    {
        var from = type.Namespace!;
        var where = type.FullName ?? type.Name;
        Use(from, type.BaseType, where);
        foreach (var implemented in type.GetInterfaces())
        {
            Use(from, implemented, where);
        }

        foreach (var field in type.GetFields(Everything))
        {
            Use(from, field.FieldType, $"{where}.{field.Name}");
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Use(from, property.PropertyType, $"{where}.{property.Name}");
        }

        foreach (var @event in type.GetEvents(Everything))
        {
            Use(from, @event.EventHandlerType, $"{where}.{@event.Name}");
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            var at = $"{where}.{method.Name}";
            if (method is MethodInfo info)
            {
                Use(from, info.ReturnType, at);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(from, parameter.ParameterType, at);
            }

            ReadBody(from, method, at);
        }
    }

    private void ReadBody(string from, MethodBase method, string at)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Use(from, local.LocalType, at);
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    UseMember(from, member, at);
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }

    private void UseMember(string from, MemberInfo? member, string at)
    {
        switch (member)
        {
            case Type type:
                Use(from, type, at);
                break;
            case FieldInfo field:
                Use(from, field.DeclaringType, at);
                Use(from, field.FieldType, at);
                break;
            case MethodBase method:
                Use(from, method.DeclaringType, at);
                if (method is MethodInfo info)
                {
                    Use(from, info.ReturnType, at);
                    foreach (var argument in info.IsGenericMethod ? info.GetGenericArguments() : [])
                    {
                        Use(from, argument, at);
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Use(from, parameter.ParameterType, at);
                }

                break;
        }
    }

    private void Use(string from, Type? type, string at)
    {
        if (type is null)
        {
            return;
        }

        if (type.HasElementType)
        {
            Use(from, type.GetElementType(), at);
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Use(from, argument, at);
            }

            type = type.GetGenericTypeDefinition();
        }

        if (type.IsGenericParameter || !IsOurs(type) || type.Namespace == from)
        {
            return;
        }

        _edges.TryAdd((from, type.Namespace!), $"{at} uses {type.FullName}");
    }
}
