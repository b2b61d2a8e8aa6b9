// @ts-nocheck
// Runs the official EN 16931 artefacts (../shared/tools/en16931: CII D16B XSD, Schematron compiled to XSLT 2)
// over CII files: xmllint for the XSD, Saxon-HE (Debian libsaxonhe-java) for the Schematron. Test helper.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EN16931 = join(ROOT, '..', 'shared', 'tools', 'en16931', 'cii');
const XSD = join(EN16931, 'schema', 'D16B SCRDM (Subset)', 'uncoupled clm', 'CII', 'uncefact', 'data', 'standard', 'CrossIndustryInvoice_100pD16B.xsd');
const XSLT = join(EN16931, 'xslt', 'EN16931-CII-validation.xslt');
/**
 * The French CTC rules (FNFE BR-FR Schematron for CII, compiled to XSLT 2) are not in ../shared: when
 * BR_FR_XSLT names compiled files (':'-separated), they run too — e.g. the v1.4.0.03 release of
 * github.com/fnfempe/France_RFE, CII/EN16931/2xslt/BR-FR-Flux2-Schematron-CII.xslt.
 */
export const BR_FR = (process.env.BR_FR_XSLT ?? '').split(':').filter((p) => p !== '' && existsSync(p));
const SAXON = ['/usr/share/java/Saxon-HE.jar', process.env.SAXON_JAR ?? ''].find((p) => p !== '' && existsSync(p));

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Why the validators cannot run here, or undefined when they can. */
export function validatorsMissing(): string | undefined {
  if (!existsSync(XSD) || !existsSync(XSLT)) return `the EN 16931 artefacts are not at ${EN16931} (../shared is absent from a plain clone)`;
  if (!has('xmllint', ['--version'])) return 'xmllint is not installed (Debian libxml2-utils)';
  if (!has('java', ['-version'])) return 'java is not installed (Debian default-jre-headless)';
  if (SAXON === undefined) return 'Saxon-HE is not installed (Debian libsaxonhe-java, or SAXON_JAR)';
  return undefined;
}

/** One file's findings: XSD errors and the Schematron's failed assertions (id, flag, text). */
export interface Finding {
  readonly file: string;
  readonly xsd: string[];
  readonly asserts: Array<{ id: string; flag: string; text: string }>;
}

/** Validates CII documents (name → XML) with the XSD and the Schematron in one JVM run. */
export function validateCii(files: Readonly<Record<string, string>>): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'cii-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  try {
    execFileSync('mkdir', ['-p', inDir, outDir]);
    for (const [name, xml] of Object.entries(files)) writeFileSync(join(inDir, name), xml);
    const names = Object.keys(files);
    const xsd = spawnSync('xmllint', ['--noout', '--schema', XSD, ...names.map((n) => join(inDir, n))], { encoding: 'utf8' });
    const xslts = [XSLT, ...BR_FR];
    xslts.forEach((xsl, k) => {
      execFileSync('mkdir', ['-p', join(outDir, String(k))]);
      const saxon = spawnSync('java', ['-cp', SAXON!, 'net.sf.saxon.Transform', `-s:${inDir}`, `-xsl:${xsl}`, `-o:${join(outDir, String(k))}`], { encoding: 'utf8' });
      if (saxon.status !== 0) throw new Error(`Saxon failed on ${xsl}: ${saxon.stderr}`);
    });
    return names.map((file) => {
      const xsdErrors = xsd.stderr.split('\n').filter((l) => l.includes(join(inDir, file)) && !l.endsWith(' validates'));
      const svrl = xslts
        .map((_, k) => {
          const out = join(outDir, String(k), file);
          if (!existsSync(out)) throw new Error(`Saxon wrote no report for ${file} (${xslts[k]})`);
          return readFileSync(out, 'utf8');
        })
        .join('\n');
      const asserts = [...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>[\s\S]*?<svrl:text>([\s\S]*?)<\/svrl:text>/g)].map((m) => ({
        id: /id="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
        flag: /flag="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
        text: m[2]!.trim(),
      }));
      return { file, xsd: xsdErrors, asserts };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
