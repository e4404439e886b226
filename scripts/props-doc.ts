// The options reference (docs/options.md): one table per interface reached from the construct's props, one per enum,
// read from the doc comments with the TypeScript compiler API. Knows no source path: scripts/docs.ts passes them.
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface PropsDocRequest {
  /** The file that declares `rootInterface`. */
  readonly file: string;
  /** The interface whose properties are the options, e.g. NsxNodeAgentProps. */
  readonly rootInterface: string;
  /** Types declared under this folder are documented too; others (cdk8s, imports/) are shown by name only. */
  readonly sourceRoot: string;
  /** The tsconfig.json whose compiler options the file is read with. */
  readonly tsconfig: string;
  /** A sentence to add under a type's heading, by type name (e.g. where its keys are listed). */
  readonly notes?: { readonly [typeName: string]: string };
}

/** One documented declaration, as Markdown (a heading and a table). */
interface Section {
  readonly name: string;
  readonly markdown: string;
}

/** Text for one table cell: on one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('|', '\\|');
}

/** GitHub's anchor of a heading that is one identifier. */
export function anchorOf(name: string): string {
  return name.toLowerCase();
}

function tagText(tag: ts.JSDocTagInfo): string {
  return ts.displayPartsToString(tag.text);
}

/** A `@default` as a cell: a value in code type, `- what happens` as prose (it may hold code spans of its own). */
function defaultLabel(tag: ts.JSDocTagInfo | undefined): string {
  if (tag === undefined) {
    return '—';
  }
  const text = cell(tagText(tag));
  if (text.startsWith('- ')) {
    return text.slice(2);
  }
  return text.includes('`') ? text : `\`${text}\``;
}

/** The interfaces and enums reached from the root, each as a table, in the order they are first referenced. */
export function propsReference(request: PropsDocRequest): string {
  const config = ts.readConfigFile(request.tsconfig, ts.sys.readFile);
  if (config.error !== undefined) {
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  }
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(request.tsconfig)).options;
  const program = ts.createProgram([request.file], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(request.file);
  if (source === undefined) {
    throw new Error(`${request.file} cannot be read`);
  }
  const root = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === request.rootInterface,
  );
  if (root === undefined) {
    throw new Error(`${request.file} declares no interface ${request.rootInterface}`);
  }

  const sourceRoot = resolve(request.sourceRoot);
  const isOurs = (declaration: ts.Declaration) => {
    const path = relative(sourceRoot, declaration.getSourceFile().fileName);
    return !path.startsWith('..') && !path.includes('node_modules');
  };

  // Breadth first from the root, so the page reads from the props down.
  const queue: (ts.InterfaceDeclaration | ts.EnumDeclaration)[] = [root];
  const seen = new Set<string>([root.name.text]);
  const sections: Section[] = [];

  /** The documented interfaces and enums a type node names, queued; their names, for links. */
  const referencedTypes = (node: ts.TypeNode | undefined): string[] => {
    const names: string[] = [];
    const visit = (child: ts.Node) => {
      if (ts.isTypeReferenceNode(child)) {
        let symbol = checker.getSymbolAtLocation(child.typeName);
        if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) {
          symbol = checker.getAliasedSymbol(symbol);
        }
        const declaration = symbol?.declarations?.find(
          (d): d is ts.InterfaceDeclaration | ts.EnumDeclaration => ts.isInterfaceDeclaration(d) || ts.isEnumDeclaration(d),
        );
        if (declaration !== undefined && isOurs(declaration)) {
          const name = declaration.name.text;
          if (!names.includes(name)) {
            names.push(name);
          }
          if (!seen.has(name)) {
            seen.add(name);
            queue.push(declaration);
          }
        }
      }
      ts.forEachChild(child, visit);
    };
    if (node !== undefined) {
      visit(node);
    }
    return names;
  };

  const summaryOf = (node: ts.Node): string => {
    const symbol = checker.getSymbolAtLocation((node as ts.NamedDeclaration).name ?? node);
    return symbol === undefined ? '' : ts.displayPartsToString(symbol.getDocumentationComment(checker));
  };

  while (queue.length > 0) {
    const declaration = queue.shift() as ts.InterfaceDeclaration | ts.EnumDeclaration;
    const name = declaration.name.text;
    const lines = [`## ${name}`, ''];
    const summary = summaryOf(declaration);
    const note = request.notes?.[name];
    if (summary !== '' || note !== undefined) {
      lines.push([summary.replace(/\s*\n\s*/g, ' '), note].filter((text) => text !== undefined && text !== '').join(' '), '');
    }
    if (ts.isEnumDeclaration(declaration)) {
      lines.push('| member | value | what it means |', '| --- | --- | --- |');
      for (const member of declaration.members) {
        const value = checker.getConstantValue(member);
        lines.push(
          `| \`${name}.${member.name.getText()}\` | \`${cell(JSON.stringify(value) ?? '')}\` | ${cell(summaryOf(member))} |`,
        );
      }
    } else {
      lines.push('| option | type | default | what it does |', '| --- | --- | --- | --- |');
      for (const member of declaration.members) {
        if (!ts.isPropertySignature(member)) {
          continue;
        }
        const symbol = checker.getSymbolAtLocation(member.name);
        const tags = symbol?.getJsDocTags(checker) ?? [];
        const defaultTag = tags.find((tag) => tag.name === 'default');
        const example = tags.find((tag) => tag.name === 'example');
        const optional = member.questionToken !== undefined;
        const links = referencedTypes(member.type).map((type) => `[${type}](#${anchorOf(type)})`);
        const type = `\`${cell(member.type?.getText() ?? 'unknown')}\`${links.length > 0 ? `, see ${links.join(', ')}` : ''}`;
        const fallback = optional ? defaultLabel(defaultTag) : '**required**';
        const doc = [summaryOf(member), example === undefined ? '' : `Example: \`${tagText(example)}\`.`]
          .filter((text) => text !== '')
          .join(' ');
        const optionName = member.name.getText().replace(/^'(.*)'$/, '$1');
        lines.push(`| \`${optionName}\` | ${type} | ${fallback} | ${cell(doc)} |`);
      }
    }
    sections.push({ name, markdown: lines.join('\n') });
  }
  return sections.map((section) => section.markdown).join('\n\n');
}
