import { isMap } from '../../checking/deep-merge';
import { didYouMean } from '../../checking/did-you-mean';
import { unplainValues } from '../../checking/option-checker';
import { type OptionPath, Problem } from '../../checking/problem';
import { type NcpIniSettings, optionOf, SECTION_NAMES, type SectionName } from '../../ncp-ini/schema';
import type { ContainerName } from '../../releases/vendor';
import type { ContainerResources, ProbeTiming } from '../options/container-options';
import {
  CODE_CONTAINERS,
  CODE_OPTIONS,
  CODE_SECTIONS,
  camelKey,
  codePath,
  containerOfProperty,
  fileKey,
  sectionOfProperty,
} from '../options/ncp-ini-names';
import type { Toleration, TolerationOperator } from '../options/scheduling';
import type { NsxNodeAgentProps } from '../props';
import type { AgentSettings } from './agent-settings';

/** One container's settings as a values file writes them: `livenessProbe: false` removes the vendor's probe. */
export interface ContainerValues {
  readonly resources?: ContainerResources;
  readonly env?: { readonly [name: string]: string };
  readonly livenessProbe?: ProbeTiming | false;
}

/**
 * The construct's options as a values file writes them: ncp.ini's own section and key names, containers by the
 * names the manifest gives them. The props of code are turned into these before they are checked.
 */
export type AgentOptions = Omit<NsxNodeAgentProps, 'ncpIni' | 'containers' | 'namespaceName' | 'tolerations'> & {
  readonly namespace?: string;
  readonly ncpIni?: NcpIniSettings;
  readonly containers?: { readonly [name in ContainerName]?: ContainerValues };
  readonly tolerations?: TolerationValues[];
};

/** A toleration as the pod spec and a values file write it. */
export type TolerationValues = Omit<Toleration, 'tolerationOperator'> & { readonly operator?: TolerationOperator };

/** Options from a values file, and how its problems name each option; the construct takes them as they are. */
const FROM_VALUES = Symbol('nsx-node-agent values');

interface ValuesProps {
  readonly [FROM_VALUES]: { readonly options: AgentOptions; readonly at: OptionPath; readonly settings?: AgentSettings };
}

/**
 * Props that carry a values file's options (and their spelling) past the conversion from code's names; with the
 * settings already checked from them, which the construct then takes as they are.
 */
export function valuesProps(options: AgentOptions, at: OptionPath, settings?: AgentSettings): NsxNodeAgentProps {
  const props: ValuesProps = { [FROM_VALUES]: { options, at, settings } };
  return props as unknown as NsxNodeAgentProps;
}

/** The options of `props` as a values file writes them, how to spell each option as `props` did, and what is wrong. */
export function optionsOfProps(props: NsxNodeAgentProps): {
  readonly options: AgentOptions;
  readonly at: OptionPath;
  readonly settings?: AgentSettings;
  readonly problems: readonly Problem[];
} {
  const values = isMap(props) ? (props as unknown as Partial<ValuesProps>)[FROM_VALUES] : undefined;
  if (values !== undefined) {
    return { ...values, problems: [] };
  }
  if (!isMap(props)) {
    return { options: props as unknown as AgentOptions, at: codePath, problems: [] };
  }
  const problems: Problem[] = [];
  const { ncpIni, containers, namespaceName, tolerations, ...rest } = props;
  for (const [file, code] of Object.entries(CODE_OPTIONS).filter(([file]) => Object.hasOwn(props, file))) {
    problems.push(
      new Problem(
        file,
        (props as Record<string, unknown>)[file],
        "is a values file's name",
        code,
        `rename it to ${code} in code`,
      ),
    );
  }
  // Values no values file can hold are reported by the checks, as given: only plain values are renamed.
  const plain = (option: string, value: unknown) => value === undefined || unplainValues(option, value).length === 0;
  const options = {
    ...Object.fromEntries(Object.entries(rest).filter(([key]) => !Object.hasOwn(CODE_OPTIONS, key))),
    ...(namespaceName === undefined ? {} : { namespace: namespaceName }),
    ...(tolerations === undefined ? {} : { tolerations: fileTolerations(tolerations) }),
    ...(ncpIni === undefined ? {} : { ncpIni: plain('ncpIni', ncpIni) ? fileSettings(ncpIni, problems) : ncpIni }),
    ...(containers === undefined
      ? {}
      : { containers: plain('containers', containers) ? fileContainers(containers, problems) : containers }),
  };
  return { options: options as AgentOptions, at: codePath, problems };
}

/** `ncpIni` of code (camelCase) with ncp.ini's names; `extra` keeps them as they are. */
function fileSettings(ncpIni: unknown, problems: Problem[]): unknown {
  if (!isMap(ncpIni)) {
    return ncpIni;
  }
  const known = [...Object.values(CODE_SECTIONS), 'extra'];
  const sections: [string, unknown][] = [];
  for (const [property, values] of Object.entries(ncpIni)) {
    if (property === 'extra') {
      sections.push([property, values]);
      continue;
    }
    if (!known.includes(property)) {
      problems.push(
        new Problem(
          `ncpIni.${property}`,
          values,
          `is not a section of ncpIni${didYouMean(camelKey(property.toLowerCase()), known)}`,
          `one of ${known.join(', ')}`,
          'correct the section, or remove it',
        ),
      );
      continue;
    }
    const section = sectionOfProperty(property) as SectionName;
    sections.push([section, isMap(values) ? fileKeys(section, property, values, problems) : values]);
  }
  return Object.fromEntries(sections);
}

/** The keys of one section with ncp.ini's names; an ncp.ini name in code is a problem naming the code's. */
function fileKeys(section: SectionName, property: string, values: Record<string, unknown>, problems: Problem[]) {
  const keys: [string, unknown][] = [];
  for (const [name, value] of Object.entries(values)) {
    const key = fileKey(name);
    if (camelKey(key) !== name) {
      problems.push(
        new Problem(
          `ncpIni.${property}.${name}`,
          value,
          "is written with ncp.ini's name; in code, keys are camelCase",
          `ncpIni.${property}.${camelKey(name.toLowerCase())}`,
          `rename it to ${camelKey(name.toLowerCase())} (values files keep ncp.ini's names)`,
        ),
      );
      continue;
    }
    keys.push([key, fileValue(section, key, value)]);
  }
  return Object.fromEntries(keys);
}

/** An enum member's text as the model holds the value: `True` of a choice with true and false is true. */
function fileValue(section: SectionName, key: string, value: unknown): unknown {
  const spec = SECTION_NAMES.includes(section) ? optionOf(section, key) : undefined;
  if (spec?.type.shape.kind !== 'choice' || typeof value !== 'string') {
    return value;
  }
  return spec.type.parse(value) ?? value;
}

/** `containers` of code with the containers' names; `removeLivenessProbe` becomes `livenessProbe: false`. */
function fileContainers(containers: unknown, problems: Problem[]): unknown {
  if (!isMap(containers)) {
    return containers;
  }
  const known = Object.values(CODE_CONTAINERS);
  return Object.fromEntries(
    Object.entries(containers).flatMap(([property, settings]) => {
      if (!known.includes(property)) {
        problems.push(
          new Problem(
            `containers.${property}`,
            settings,
            `is not a container${didYouMean(property, known)}`,
            `one of ${known.join(', ')}`,
            'correct the name, or remove it',
          ),
        );
        return [];
      }
      return [[containerOfProperty(property), isMap(settings) ? withoutProbe(property, settings, problems) : settings]];
    }),
  );
}

function withoutProbe(property: string, settings: Record<string, unknown>, problems: Problem[]): Record<string, unknown> {
  const { removeLivenessProbe: remove, ...rest } = settings;
  if (remove === undefined || remove === false) {
    return rest;
  }
  const option = `containers.${property}.removeLivenessProbe`;
  if (remove !== true) {
    problems.push(new Problem(option, remove, 'is not true or false', 'true or false', `set ${option} to true, or remove it`));
    return rest;
  }
  if (rest.livenessProbe !== undefined) {
    problems.push(
      new Problem(
        option,
        remove,
        `contradicts containers.${property}.livenessProbe`,
        'removeLivenessProbe or livenessProbe timing, not both',
        'remove one of them',
      ),
    );
    return rest;
  }
  return { ...rest, livenessProbe: false };
}

/** Tolerations of code with the pod spec's field names. */
function fileTolerations(tolerations: unknown): unknown {
  if (!Array.isArray(tolerations)) {
    return tolerations;
  }
  return tolerations.map((toleration) => {
    if (!isMap(toleration) || !Object.hasOwn(toleration, 'tolerationOperator')) {
      return toleration;
    }
    const { tolerationOperator, ...rest } = toleration;
    return { ...rest, operator: tolerationOperator };
  });
}
