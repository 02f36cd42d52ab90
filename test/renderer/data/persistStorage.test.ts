import { describe, expect, it, vi } from 'vitest';
import { estimateStorage, requestPersistentStorage, type StorageManagerLike } from '../../../renderer/data/persistStorage';
import { createTestStore } from '../store/testStore';

function fakeStorage(overrides: Partial<StorageManagerLike>): StorageManagerLike {
  return {
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    estimate: vi.fn(async () => ({ usage: 1_000, quota: 1_000_000 })),
    ...overrides,
  };
}

describe('persistent storage', () => {
  it('asks the browser once when not yet persistent, and reports its answer', async () => {
    const granted = fakeStorage({});
    expect(await requestPersistentStorage(granted)).toBe('granted');
    expect(granted.persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage(fakeStorage({ persist: async () => false }))).toBe('denied');
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = fakeStorage({ persisted: async () => true });
    expect(await requestPersistentStorage(storage)).toBe('granted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('copes with a browser without the API, or one that throws', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage(fakeStorage({ persisted: async () => Promise.reject(new Error('no')) }))).toBe(
      'unsupported',
    );
    expect(await estimateStorage(undefined)).toBeNull();
    expect(await estimateStorage(fakeStorage({ estimate: async () => ({}) }))).toBeNull();
    expect(await estimateStorage(fakeStorage({}))).toEqual({ usage: 1_000, quota: 1_000_000 });
  });

  it('records the answer in the store and in the settings table', async () => {
    const { store, services } = await createTestStore();
    expect(await store.getState().requestStoragePersistence(async () => 'granted')).toBe('granted');
    expect(store.getState().storagePersistence).toBe('granted');
    expect(await services.settings.getFlag('persistentStorageGranted')).toBe(true);
    await store.getState().requestStoragePersistence(async () => 'denied');
    expect(await services.settings.getFlag('persistentStorageGranted')).toBe(false);
  });
});
