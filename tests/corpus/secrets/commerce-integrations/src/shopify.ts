export const shopify = createAdminApiClient({
  storeDomain: 'acme-store.myshopify.com',
  apiVersion: '2024-07',
  accessToken: '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',
})
