// Whether this visit is in 长辈版, for screens that show fewer choices or move more slowly there.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const UiModeContext = createContext<{ elderMode: boolean }>({ elderMode: false });

export const useUiMode = () => useContext(UiModeContext);
