import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string { return 'hallo'; }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true })],
  providers: [HelloResolver],
})
class AppModule {}

const app = await NestFactory.create(AppModule);
await app.listen(3999);
console.log('up');
