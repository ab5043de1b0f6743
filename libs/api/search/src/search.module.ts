import { Module } from '@nestjs/common';
import { SearchLoaderRegistry } from './loaders';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Full-text search in German over recommendations, comments and plan versions, as far as the viewer may read them. */
@Module({
  providers: [SearchService, SearchLoaderRegistry, SearchResolver],
})
export class SearchModule {}
