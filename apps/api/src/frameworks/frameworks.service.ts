import { Inject, Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { validateFramework, type FrameworkIssue } from '@pathboard/frameworks';
import type { Framework } from '@pathboard/scoring';
import { Role, type AuthUser } from '../auth/auth-user';
import { AccessPolicy } from '../auth/access-policy.service';
import { AuditService } from '../audit/audit.service';
import { recordRefusal } from '../audit/refusal-audit';
import { PINO_LOGGER } from '../common/logger';
import { badUserInput, notFound } from '../common/errors';
import { FrameworkEntity } from './entities/framework.entity';
import { NEXT_VERSION_SQL, visibleToDistrict } from './framework-ownership';
import { toFrameworkModel } from './framework.mapper';
import type { FrameworkModel } from './models/framework.model';

@Injectable()
export class FrameworksService {
  /**
   * Framework versions never change once stored, so their definitions are cached by id; keeping the
   * same object also keeps libs/scoring's per-object compilation cache warm.
   */
  private readonly definitions = new Map<string, Framework>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    @Inject(PINO_LOGGER) private readonly log: Logger,
  ) {}

  /** The versions the caller's district may see and use: the shared system ones and its own. */
  async list(user: AuthUser): Promise<FrameworkModel[]> {
    const rows = await this.visible(this.dataSource.manager, user)
      .orderBy('f.code', 'ASC')
      .addOrderBy('f.version', 'DESC')
      .getMany();
    return rows.map(toFrameworkModel);
  }

  /** One version, if the caller's district may see it; another district's answers as a missing one. */
  async get(user: AuthUser, id: string): Promise<FrameworkModel> {
    return toFrameworkModel(await this.getVisible(this.dataSource.manager, user, id));
  }

  /** The row, if visible to the caller's district (else NOT_FOUND); for periods opening on it. */
  async getVisible(manager: EntityManager, user: AuthUser, id: string): Promise<FrameworkEntity> {
    const row = await this.visible(manager, user).andWhere('f.id = :id', { id }).getOne();
    if (!row) throw notFound('Framework', id);
    return row;
  }

  private visible(manager: EntityManager, user: AuthUser) {
    return manager
      .getRepository(FrameworkEntity)
      .createQueryBuilder('f')
      .where(visibleToDistrict('f', ':districtId'), { districtId: user.districtId });
  }

  /** The framework definition as libs/scoring consumes it. */
  async definition(id: string, manager: EntityManager = this.dataSource.manager): Promise<Framework> {
    const cached = this.definitions.get(id);
    if (cached) return cached;
    const row = await manager.getRepository(FrameworkEntity).findOneBy({ id });
    if (!row) throw notFound('Framework', id);
    this.definitions.set(id, row.definition);
    return row.definition;
  }

  /**
   * Validates and stores a framework as a NEW version of its code (never editing a stored one, so
   * every past score stays reproducible). The stored definition carries the assigned version.
   */
  async import(user: AuthUser, input: unknown): Promise<FrameworkModel> {
    this.access.assertRole(user, [Role.ADMIN], 'framework.import');
    try {
      return await this.importChecked(user, input);
    } catch (err) {
      // A refused framework (unparsable, too large, invalid, a taken version) is audited.
      const deps = { audit: this.audit, manager: this.dataSource.manager, log: this.log };
      await recordRefusal(deps, user, 'FRAMEWORK_IMPORT_REFUSED', err, {
        targetType: 'Framework',
        details: refusedFrameworkDetails(err, input),
      });
      throw err;
    }
  }

  private async importChecked(user: AuthUser, input: unknown): Promise<FrameworkModel> {
    const framework = this.validated(input);
    // A district's ADMIN publishes for that district only; shared system frameworks come from the platform.
    return this.dataSource.transaction((manager) =>
      this.insertVersion(manager, framework, user, user.districtId),
    );
  }

  /**
   * A framework (JSON or a JSON string) checked by validateFramework, or BAD_USER_INPUT naming every
   * problem's place: what import stores and what the what-if scores (quality/what-if.service.ts).
   */
  validated(input: unknown): Framework {
    const parsed = parseDefinition(input);
    const result = validateFramework(parsed);
    if (!result.ok) {
      const lines = result.errors.map(describeIssue);
      const total = lines.length + result.omitted;
      const more = result.omitted > 0 ? `; and ${result.omitted} more problem(s) not listed` : '';
      throw badUserInput(`framework is invalid (${total} problem(s)): ${lines.join('; ')}${more}`, {
        reason: 'INVALID_FRAMEWORK',
        issues: result.errors,
        omittedIssues: result.omitted,
      });
    }
    return result.framework;
  }

  /**
   * Inserts the next version of the framework's code for its owner: `districtId`, or null for a shared
   * system framework (the seeder; no GraphQL path publishes one).
   */
  async insertVersion(
    manager: EntityManager,
    framework: Framework,
    actor: AuthUser | null,
    districtId: string | null,
  ): Promise<FrameworkModel> {
    const [{ next }] = await manager.query(NEXT_VERSION_SQL, [framework.code, districtId]);
    const version = Math.max(Number(next), 1);
    const definition: Framework = { ...framework, version };
    const repo = manager.getRepository(FrameworkEntity);
    const saved = await repo.save(
      repo.create({
        districtId,
        code: framework.code,
        version,
        name: framework.name,
        definition,
        locked: false,
      }),
    );
    await this.audit.record(manager, {
      districtId: districtId ?? actor?.districtId ?? null,
      actorId: actor?.id ?? null,
      action: 'FRAMEWORK_IMPORTED',
      targetType: 'Framework',
      targetId: saved.id,
      before: null,
      after: { code: saved.code, version: saved.version, shared: districtId === null },
    });
    return toFrameworkModel(saved);
  }

  /** Freezes a version once a period uses it; idempotent. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE framework SET locked = true WHERE id = $1 AND NOT locked`, [id]);
  }
}

function parseDefinition(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch (error) {
    throw badUserInput(`framework is not valid JSON: ${(error as Error).message}`);
  }
}

/** `paths[1].indicators[3].rule.target (ORG_MEETINGS): target must be in (0, 1]`. */
function describeIssue(issue: FrameworkIssue): string {
  const owner = issue.indicator ?? issue.path;
  const where = [issue.location || '(root)', owner ? `(${owner})` : ''].filter(Boolean).join(' ');
  return `${where}: ${issue.message.en}`;
}

/** What FRAMEWORK_IMPORT_REFUSED keeps of a refused definition: its code and the problem count. */
function refusedFrameworkDetails(err: unknown, input: unknown): Record<string, unknown> {
  const code =
    input && typeof input === 'object' && typeof (input as { code?: unknown }).code === 'string'
      ? String((input as { code: string }).code).slice(0, 64)
      : null;
  const issues = err instanceof GraphQLError ? err.extensions['issues'] : undefined;
  const omitted = err instanceof GraphQLError ? Number(err.extensions['omittedIssues'] ?? 0) : 0;
  return { code, problems: Array.isArray(issues) ? issues.length + omitted : null };
}
