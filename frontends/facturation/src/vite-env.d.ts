/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SIGMA_GATEWAY?: string;
  readonly VITE_SIGMA_JETON?: string;
}
