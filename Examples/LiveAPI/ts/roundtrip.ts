// Calls the running example server with node's own fetch, typed by apigen's TypeScript output
// (docs/api.ts): `node roundtrip.js BASE_URL` with API_KEY, BASIC_USER and BASIC_PASSWORD set.
import { APIError, Category, CategoryValues, Echo, Health, Item, NewItem, PageOfItem, Stats } from "../docs/api";

// node's globals, declared here: @types/node comes from npm, which CI cannot reach.
declare const process: { argv: string[]; env: Record<string, string | undefined>; exitCode?: number };

const base = process.argv[2];
const apiKey = process.env.API_KEY ?? "";
const basic = "Basic " + btoa(`${process.env.BASIC_USER ?? ""}:${process.env.BASIC_PASSWORD ?? ""}`);
let checks = 0;
const operations = new Set<string>();

function expect(condition: boolean, what: string): void {
    checks += 1;
    if (!condition) throw new Error(what);
}

async function call<T>(operation: string, method: string, path: string, init: { headers?: Record<string, string>; body?: unknown; status: number }): Promise<T> {
    operations.add(operation);
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(base + path, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    expect(response.status === init.status, `${operation} ${method} ${path}: status ${response.status}, expected ${init.status}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
}

async function main(): Promise<void> {
    const health = await call<Health>("health", "GET", "/health", { status: 200 });
    expect(health.status === "ok", "health");

    const refused = await call<APIError>("listItems", "GET", "/items", { status: 401 });
    expect(refused.code === "unauthorized", "listItems without a key: APIError body");

    const key = { "X-API-Key": apiKey };
    const category: Category = "garden-supplies";
    expect(CategoryValues.includes(category), "CategoryValues lists the enum's values");
    const newItem: NewItem = { name: "from TypeScript +1", category, tags: ["ts"], price: 1.25, dueAt: "2030-01-01T00:00:00Z" };
    const created = await call<Item>("createItem", "POST", "/items", { headers: key, body: newItem, status: 201 });
    expect(created.name === newItem.name && created.category === category && created.note === undefined, "createItem: fields");
    expect(/\.\d+Z$/.test(created.createdAt) && !Number.isNaN(Date.parse(created.createdAt)), `createItem: createdAt ${created.createdAt} has a fraction`);

    const fetched = await call<Item>("getItem", "GET", `/items/${created.id}`, { headers: key, status: 200 });
    expect(fetched.id === created.id && fetched.createdAt === created.createdAt, "getItem: the same item");

    const query = new URLSearchParams({ q: "+1", categories: ["garden-supplies", "books"].join(",") });
    query.append("tag", "ts");
    const page = await call<PageOfItem>("listItems", "GET", `/items?${query}`, { headers: key, status: 200 });
    expect(page.total === 1 && page.items[0]?.id === created.id, "listItems: the item");

    const replaced = await call<Item>("replaceItem", "PUT", `/items/${created.id}`, { headers: key, body: { ...newItem, note: "n" }, status: 200 });
    expect(replaced.note === "n", "replaceItem: note");

    const echo = await call<Echo>("echo", "GET", `/echo?${new URLSearchParams({ text: "a+b=c&d", mode: "upper" })}`, { status: 200 });
    expect(echo.text === "A+B=C&D" && echo.tags.length === 0, "echo: text");

    const stats = await call<Stats>("adminStats", "GET", "/admin/stats", { headers: { Authorization: basic }, status: 200 });
    expect(stats.itemCount >= 1 && (stats.byCategory["garden-supplies"] ?? 0) >= 1, "adminStats: counts");

    await call<void>("deleteItem", "DELETE", `/items/${created.id}`, { headers: key, status: 204 });
    const gone = await call<APIError>("getItem", "GET", `/items/${created.id}`, { headers: key, status: 404 });
    expect(gone.code === "not-found", "getItem after deleteItem: APIError body");
    console.log(`TypeScript types with node's fetch: ${operations.size} operations, ${checks} checks passed`);
}

main().catch((error: unknown) => {
    console.error(`roundtrip.ts: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
});
