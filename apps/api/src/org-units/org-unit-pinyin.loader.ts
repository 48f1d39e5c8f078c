import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** A unit as the field resolver has it: the keys of its row. */
export interface UnitKey {
  id: string;
  districtId: string;
}

/**
 * The stored search pinyin (org_unit.name_pinyin) of units answered without it. The column is not read
 * with the entity (select: false), and orgTree reads it with its rows, so only the odd unit comes here:
 * orgUnit, a mutation's answer (read after its commit, so after the figures refresh filled it), a
 * user's scope unit. One query per request and batch; the caller already may see the unit, so no scope
 * check. Keyed by the request's GraphQL context, so nothing is cached across requests.
 */
@Injectable()
export class OrgUnitPinyinLoader {
  private readonly loaders = new WeakMap<object, DataLoader<UnitKey, string | null, string>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  load(request: object, unit: UnitKey): Promise<string | null> {
    let loader = this.loaders.get(request);
    if (!loader) {
      loader = new DataLoader(
        async (keys) => {
          // By (district, id) pairs, the table's key: each unit is read in its own district's shard.
          const rows: { id: string; name_pinyin: string | null }[] = await this.dataSource.query(
            `SELECT u.id, u.name_pinyin
               FROM unnest($1::uuid[], $2::uuid[]) AS k(district_id, id)
               JOIN org_unit u ON u.district_id = k.district_id AND u.id = k.id`,
            [keys.map((k) => k.districtId), keys.map((k) => k.id)],
          );
          const byId = new Map(rows.map((r) => [r.id, r.name_pinyin]));
          return keys.map((k) => byId.get(k.id) ?? null);
        },
        { cacheKeyFn: (k) => `${k.districtId}/${k.id}` },
      );
      this.loaders.set(request, loader);
    }
    return loader.load(unit);
  }
}
