import { Shell } from './shell';

export class NotFoundPage extends Shell {
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading().waitFor();
  }
}
