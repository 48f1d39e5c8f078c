import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { UsersModule } from '../users/users.module';
import { DistrictsResolver } from './districts.resolver';
import { DistrictsService } from './districts.service';

/** createDistrict: a new tree root and its first admin (org units + users in one transaction). */
@Module({ imports: [OrgUnitsModule, UsersModule], providers: [DistrictsService, DistrictsResolver] })
export class DistrictsModule {}
