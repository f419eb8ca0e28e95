/** The few parts of the `datapackage` validator (Frictionless, no types of its own) the tests use. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: Error[];
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<unknown[]>;
    checkRelations(): Promise<boolean>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
