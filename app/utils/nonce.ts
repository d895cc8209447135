import { createContext, useContext } from "react";

/** The page's CSP nonce: set on the server render; in the browser it is empty (browsers hide it anyway). */
export const NonceContext = createContext<string>("");

export function useNonce(): string {
  return useContext(NonceContext);
}
