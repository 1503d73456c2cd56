import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';

@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.storageDir),
      inject: [APP_CONFIG],
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
